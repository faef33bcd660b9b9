import type { Messages } from '@lingui/core';
import english from './catalog-en';
import { namespaced } from './catalog';
import { pseudoCatalog } from './pseudo';

/**
 * The pseudo-locale's messages, derived from the English ones when a test switches it on: the sign-in
 * route's, with the API's errors (as Spanish has them there).
 */
export default pseudoCatalog({
  ...english,
  ...namespaced(import.meta.glob<Messages>('../../locales/en/errors.json', { eager: true, import: 'default' })),
});
