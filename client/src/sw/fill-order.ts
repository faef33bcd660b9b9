/**
 * The order in which the service worker keeps a build's files (used by client/build/service-worker.ts
 * at build time; the worker itself only reads the two lists).
 *
 * - `shell`: what index.html loads by itself (the entry script, its static imports and styles) and the
 *   public files. The page has just downloaded these, so the worker copies them from the browser's
 *   HTTP cache when it installs, without the network.
 * - `fill`: everything else, in the order a person likely needs it: the closures of the `first`
 *   modules (the pages of the navigation, the unit editor), then breadth-first along the dynamic
 *   imports in the order the code makes them, then whatever no import reaches, alphabetically.
 * - Left out: the chunks of `onDemand` packages, heavy and needed only online by the few who use them
 *   (the video shrinker and the resumable uploader: whoever uploads a recording is online). The page
 *   fetches them when they are used, and nobody else pays for them on a slow link.
 */

/** One JavaScript chunk of the build, as the bundler describes it (file names without a leading slash). */
export interface BuiltChunk {
  fileName: string;
  isEntry: boolean;
  /** The source module the chunk stands for (a page's file for a lazily loaded page), if any. */
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  /** Stylesheets and other files the chunk needs (Vite's `viteMetadata`). */
  css: string[];
  assets: string[];
}

export interface FillPlanInput {
  chunks: BuiltChunk[];
  /** Every other emitted file (stylesheets, fonts, images), without index.html, sw.js and maps. */
  assets: string[];
  /** The files of the public folder (favicon…), copied as they are. */
  publicFiles: string[];
  /** Source modules to keep first, most likely first, as path endings without extension (e.g. `units/UnitPage`). */
  first: string[];
  /** npm packages whose chunks the worker never keeps (e.g. `mediabunny`): fetched only when used. */
  onDemand?: string[];
}

export interface FillPlan {
  shell: string[];
  fill: string[];
}

function withoutExtension(id: string): string {
  return id.replace(/\\/g, '/').replace(/\.[cm]?[jt]sx?$/, '');
}

export function planFill({ chunks, assets, publicFiles, first, onDemand = [] }: FillPlanInput): FillPlan {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const placed = new Set<string>();
  // Marked as placed without being listed: no closure, import or the alphabetical rest takes them.
  const leftOut = (c: BuiltChunk) =>
    onDemand.some((pkg) => c.facadeModuleId?.replace(/\\/g, '/').includes(`/node_modules/${pkg}/`));
  for (const c of chunks) if (leftOut(c)) placed.add(c.fileName);

  /** A chunk with everything it needs to run (static imports, styles, files), each name once. */
  const closure = (start: BuiltChunk): string[] => {
    const out: string[] = [];
    const visit = (chunk: BuiltChunk) => {
      if (placed.has(chunk.fileName)) return;
      placed.add(chunk.fileName);
      out.push(chunk.fileName);
      for (const name of chunk.imports) {
        const imported = byName.get(name);
        if (imported) visit(imported);
      }
      for (const file of [...chunk.css, ...chunk.assets]) {
        if (!placed.has(file)) {
          placed.add(file);
          out.push(file);
        }
      }
    };
    visit(start);
    return out;
  };

  const shell = chunks.filter((c) => c.isEntry).flatMap(closure);
  for (const file of publicFiles) {
    if (!placed.has(file)) {
      placed.add(file);
      shell.push(file);
    }
  }

  const fill: string[] = [];
  for (const wanted of first) {
    const chunk = chunks.find((c) => c.facadeModuleId && withoutExtension(c.facadeModuleId).endsWith(`/${wanted}`));
    if (chunk) fill.push(...closure(chunk));
  }

  // Breadth-first from what is already placed, along dynamic imports in the order the code makes them.
  const queue = [...shell, ...fill];
  for (let i = 0; i < queue.length; i++) {
    for (const name of byName.get(queue[i])?.dynamicImports ?? []) {
      const chunk = byName.get(name);
      if (!chunk || placed.has(name)) continue;
      const added = closure(chunk);
      fill.push(...added);
      queue.push(...added);
    }
  }

  const rest = [...chunks.map((c) => c.fileName), ...assets].filter((f) => !placed.has(f));
  fill.push(...[...new Set(rest)].sort());

  const slash = (f: string) => `/${f}`;
  return { shell: shell.map(slash), fill: fill.map(slash) };
}
