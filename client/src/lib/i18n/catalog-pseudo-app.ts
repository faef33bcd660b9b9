import english from './catalog-en-app';
import { pseudoCatalog } from './pseudo';

/** The pseudo-locale's messages of the lazy pages, derived from the English ones. */
export default pseudoCatalog(english);
