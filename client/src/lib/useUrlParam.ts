import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A setting kept in the address (so a filtered list or an open tab can be linked to and revisited) and in local
 * state, so the control updates at once while the router applies the new address.
 */
export function useUrlParam(key: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(key) ?? '';
  const [value, setValue] = useState(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  // The address changed from elsewhere (a link, the back button): follow it.
  if (fromUrl !== seen) {
    setSeen(fromUrl);
    setValue(fromUrl);
  }
  const update = (next: string) => {
    setValue(next);
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (next) out.set(key, next);
        else out.delete(key);
        return out;
      },
      { replace: true },
    );
  };
  return [value, update];
}
