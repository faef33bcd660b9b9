import type { Messages } from '@lingui/core';
import { namespaced } from './catalog';

/** The Spanish messages the sign-in route needs, with the API's errors; the rest are in catalog-es-app.ts. */
export default namespaced(
  import.meta.glob<Messages>(['../../locales/es/{auth,common,errors}.json'], { eager: true, import: 'default' }),
);
