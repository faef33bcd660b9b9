import type { Messages } from '@lingui/core';
import { namespaced } from './catalog';

/** Every other English namespace: loaded with the first lazy page (app/router.tsx), never on sign-in. */
export default namespaced(
  import.meta.glob<Messages>(['../../locales/en/*.json', '!../../locales/en/{auth,common}.json'], {
    eager: true,
    import: 'default',
  }),
);
