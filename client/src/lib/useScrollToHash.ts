import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Once `ready` (the page's content has loaded), brings the element the address's #fragment names into
 * view, once per fragment: a short link to a post lands on its group's page at `#post-<id>`, which the
 * browser could not scroll to itself because the page was not there yet.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !hash || done.current === hash) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const el = document.getElementById(id);
    if (!el) return;
    done.current = hash;
    el.scrollIntoView({ block: 'center' });
  }, [ready, hash]);
}
