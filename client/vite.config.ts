import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import babel from '@rolldown/plugin-babel';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import { firstPaint } from './build/first-paint';
import { chunkGraph } from './build/chunk-graph.ts';
import { precompress } from './build/precompress.ts';

const api = 'http://localhost:3000';
const gqlDir = fileURLToPath(new URL('./src/gql', import.meta.url));

/**
 * Emits the service worker (src/sw.js, registered by main.tsx in production builds) as /sw.js, with
 * the list of this build's files to keep for offline use and an id of the build: any change to the
 * app makes a new worker, which replaces the old one and its cache.
 */
function serviceWorker(): Plugin {
  const source = fileURLToPath(new URL('./src/sw.js', import.meta.url));
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
        const built = Object.keys(bundle).filter((f) => f !== 'index.html' && !f.endsWith('.map'));
        const pub = publicDir && fs.existsSync(publicDir) ? fs.readdirSync(publicDir) : [];
        const files = ['/index.html', ...[...built, ...pub].filter((f) => f !== 'sw.js').map((f) => `/${f}`)].sort();
        const html = bundle['index.html'];
        const template = fs.readFileSync(source, 'utf8');
        const version = createHash('sha256')
          .update(files.join('\n'))
          .update(html?.type === 'asset' ? String(html.source) : '')
          .update(template)
          .digest('hex')
          .slice(0, 16);
        const code = template
          .replace(`'__SW_VERSION__'`, JSON.stringify(version))
          .replace(`['__SW_PRECACHE__']`, JSON.stringify(files));
        if (code.includes('__SW_')) this.error(`${path.basename(source)}: a placeholder was not filled in`);
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    // Each `graphql(`…`)` becomes an import of that one document from src/gql/graphql.ts, so a page
    // carries only its own operations rather than the map of all of them (src/gql/gql.ts).
    babel({
      include: [/[\\/]src[\\/]features[\\/].*\.tsx?$/],
      plugins: [[babelOptimizerPlugin, { artifactDirectory: gqlDir, gqlTagName: 'graphql' }]],
    }),
    firstPaint(),
    serviceWorker(),
    // After the bundle is written (the service worker and sign-in.html included).
    chunkGraph(),
    precompress(),
  ],
  resolve: {
    alias: {
      // The shared package is used from source, so the client needs no build step for it.
      '@switchback/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/socket.io': { target: api, ws: true },
      '/healthz': api,
      '/api': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries every page needs get their own long-cached chunks; Mantine is left to automatic
        // splitting so that components only the lazy pages use stay out of the first load.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib|@graphql-typed-document-node)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
