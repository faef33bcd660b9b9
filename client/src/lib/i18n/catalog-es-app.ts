import type { Messages } from '@lingui/core';
import { namespaced } from './catalog';

/** Every other Spanish namespace: loaded with the first lazy page (app/router.tsx), never on sign-in. */
export default namespaced(
  import.meta.glob<Messages>(['../../locales/es/*.json', '!../../locales/es/{auth,common,errors}.json'], {
    eager: true,
    import: 'default',
  }),
);
