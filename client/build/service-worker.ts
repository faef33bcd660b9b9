import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { planFill, type BuiltChunk } from '../src/sw/fill-order';

/**
 * The modules a person most likely opens next, kept first when the worker fills its cache on an idle
 * connection (path endings under client/src, without extension; one the build lacks is passed over):
 * the signed-in layout and home, then the navigation's pages in their order, a unit and its editor.
 */
const FIRST = [
  'features/network/NetworkLayout',
  'features/network/RequireRole',
  'app/AppNotifications',
  'features/home/HomePage',
  'features/home/GroupSections',
  'features/notifications/NotificationsPanel',
  'features/groups/GroupsPage',
  'features/groups/GroupPage',
  'features/units/LibraryPage',
  'features/units/UnitPage',
  'features/units/editor/UnitEditor',
  'features/classes/ClassesPage',
  'features/rubrics/RubricsPage',
  'features/exchanges/ExchangesPage',
  'features/convenings/ConveningsPage',
  'features/people/PeoplePage',
];

/** Heavy packages only an uploading teacher uses, online by definition: never kept by the worker. */
const ON_DEMAND = ['mediabunny', 'tus-js-client'];

/**
 * Emits the service worker (src/sw/service-worker.js, registered by main.tsx in production builds) as
 * /sw.js, filling in an id of the build and its files: `SHELL`, what index.html loads by itself, and
 * `FILL`, the rest in the order a person likely needs it (src/sw/fill-order.ts). Any change to the app
 * makes a new worker, which replaces the old one and carries over the files both builds share.
 */
export function serviceWorker(): Plugin {
  const source = fileURLToPath(new URL('../src/sw/service-worker.js', import.meta.url));
  let publicDir = '';
  return {
    name: 'switchback-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks: BuiltChunk[] = [];
        const assets: string[] = [];
        for (const file of Object.values(bundle)) {
          // Pages are not kept as files: index.html is the worker's own shell, and sign-in.html a
          // template the server fills in.
          if (file.fileName.endsWith('.html') || file.fileName === 'sw.js' || file.fileName.endsWith('.map')) continue;
          if (file.type === 'chunk') {
            chunks.push({
              fileName: file.fileName,
              isEntry: file.isEntry,
              facadeModuleId: file.facadeModuleId,
              imports: file.imports,
              dynamicImports: file.dynamicImports,
              css: [...(file.viteMetadata?.importedCss ?? [])],
              assets: [...(file.viteMetadata?.importedAssets ?? [])],
            });
          } else assets.push(file.fileName);
        }
        const publicFiles = (publicDir && fs.existsSync(publicDir) ? fs.readdirSync(publicDir) : []).filter(
          (f) => f !== 'sw.js',
        );
        const plan = planFill({ chunks, assets, publicFiles, first: FIRST, onDemand: ON_DEMAND });
        const html = bundle['index.html'];
        const template = fs.readFileSync(source, 'utf8');
        const version = createHash('sha256')
          .update([...plan.shell, ...plan.fill].join('\n'))
          .update(html?.type === 'asset' ? String(html.source) : '')
          .update(template)
          .digest('hex')
          .slice(0, 16);
        const code = template
          .replace(`'__SW_VERSION__'`, JSON.stringify(version))
          .replace(`['__SW_SHELL__']`, JSON.stringify(plan.shell))
          .replace(`['__SW_FILL__']`, JSON.stringify(plan.fill));
        if (code.includes('__SW_')) this.error(`${path.basename(source)}: a placeholder was not filled in`);
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
      },
    },
  };
}
