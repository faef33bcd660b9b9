import fs from 'node:fs/promises';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

/** A catalog file: `src/locales/<locale>/<namespace>.json` (see docs/i18n.md). */
export const CATALOG_FILE = /[\\/]src[\\/]locales[\\/][^\\/]+[\\/][^\\/]+\.json$/;

/**
 * Compiles the message catalogs while bundling: each ICU message ("{count, plural, one {# essay} other
 * {# essays}}") becomes the small structure Lingui's runtime reads, so the browser never downloads an ICU
 * parser (see docs/i18n.md, "Why Lingui"). A message that does not parse fails the build with its key.
 */
export function compiledCatalogs(): Plugin {
  return {
    name: 'switchback-catalogs',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0]!;
      if (!CATALOG_FILE.test(file)) return null;
      const source = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, string>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(source)) {
        try {
          compiled[key] = compileMessage(message);
        } catch (err) {
          throw new Error(`${file}: the message "${key}" is not valid ICU: ${(err as Error).message}`, { cause: err });
        }
      }
      this.addWatchFile(file);
      // Vite's JSON plugin turns this into a module (default export).
      return JSON.stringify(compiled);
    },
  };
}
