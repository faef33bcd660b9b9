import fs from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Where the graph is written, relative to the output directory. The server never serves `/.vite/`. */
export const CHUNK_GRAPH_FILE = '.vite/chunk-graph.json';

/** One JavaScript chunk of the build, as `scripts/check-budget.mjs` reads it. */
export interface GraphChunk {
  isEntry: boolean;
  isDynamicEntry: boolean;
  /** Chunks it imports statically (loaded with it) and dynamically (loaded on demand), by file name. */
  imports: string[];
  dynamicImports: string[];
  /** Stylesheets Vite loads with it. */
  css: string[];
  /** The source files bundled into it, relative to the client folder (`src/features/auth/SignInPage.tsx`). */
  modules: string[];
}

/**
 * Writes which chunk holds which source file and what each chunk loads, for the sign-in route's budget
 * check. Vite's own `build.manifest` holds the same facts, but it is part of the bundle, so the service
 * worker's plugin would list it among the files to cache; this file is written after the bundle, beside it.
 */
export function chunkGraph(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'switchback-chunk-graph',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const chunks: Record<string, GraphChunk> = {};
      for (const [file, out] of Object.entries(bundle)) {
        if (out.type !== 'chunk') continue;
        chunks[file] = {
          isEntry: out.isEntry,
          isDynamicEntry: out.isDynamicEntry,
          imports: out.imports,
          dynamicImports: out.dynamicImports,
          css: [...(out.viteMetadata?.importedCss ?? [])],
          modules: out.moduleIds
            .filter((id) => !id.startsWith('\0'))
            .map((id) => path.relative(root, id.split('?')[0]).split(path.sep).join('/')),
        };
      }
      const target = path.join(outDir, CHUNK_GRAPH_FILE);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, JSON.stringify({ chunks }));
    },
  };
}
