import type { Messages } from '@lingui/core';
import { namespaced } from './catalog';

/**
 * The English messages the sign-in route needs (compiled by client/build/catalogs.ts); the other
 * namespaces are in catalog-en-app.ts, loaded with the first lazy page. `errors` is not here: English
 * shows the server's own sentences (lib/errors.ts), so only other languages need it on sign-in.
 */
export default namespaced(
  import.meta.glob<Messages>(['../../locales/en/{auth,common}.json'], { eager: true, import: 'default' }),
);
