import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import babel from '@rolldown/plugin-babel';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import { firstPaint } from './build/first-paint';
import { serviceWorker } from './build/service-worker';
import { chunkGraph } from './build/chunk-graph.ts';
import { precompress } from './build/precompress.ts';
import { compiledCatalogs } from './build/catalogs.ts';

const api = 'http://localhost:3000';
const gqlDir = fileURLToPath(new URL('./src/gql', import.meta.url));

export default defineConfig({
  plugins: [
    // ICU messages are compiled while bundling (docs/i18n.md).
    compiledCatalogs(),
    react(),
    // Each `graphql(`…`)` becomes an import of that one document from src/gql/graphql.ts, so a page
    // carries only its own operations rather than the map of all of them (src/gql/gql.ts).
    babel({
      include: [/[\\/]src[\\/](features|lib[\\/]media)[\\/].*\.tsx?$/],
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
