import { describe, expect, it } from '@jest/globals';
import { planFill, type BuiltChunk } from './fill-order';

function chunk(fileName: string, rest: Partial<BuiltChunk> = {}): BuiltChunk {
  return {
    fileName,
    isEntry: false,
    facadeModuleId: null,
    imports: [],
    dynamicImports: [],
    css: [],
    assets: [],
    ...rest,
  };
}

const chunks: BuiltChunk[] = [
  chunk('assets/index-1.js', {
    isEntry: true,
    imports: ['assets/react-1.js'],
    dynamicImports: ['assets/SchoolsPage-1.js', 'assets/LibraryPage-1.js', 'assets/UnitPage-1.js'],
    css: ['assets/index-1.css'],
  }),
  chunk('assets/react-1.js'),
  chunk('assets/SchoolsPage-1.js', { facadeModuleId: '/app/client/src/features/schools/SchoolsPage.tsx' }),
  chunk('assets/LibraryPage-1.js', {
    facadeModuleId: '/app/client/src/features/units/LibraryPage.tsx',
    imports: ['assets/Card-1.js'],
  }),
  chunk('assets/UnitPage-1.js', {
    facadeModuleId: '/app/client/src/features/units/UnitPage.tsx',
    imports: ['assets/Card-1.js', 'assets/react-1.js'],
    dynamicImports: ['assets/unit-editor-1.js'],
  }),
  chunk('assets/unit-editor-1.js', {
    facadeModuleId: '/app/client/src/features/units/editor/UnitEditor.tsx',
    css: ['assets/unit-editor-1.css'],
  }),
  chunk('assets/Card-1.js'),
  chunk('assets/orphan-1.js'),
];

describe('planFill', () => {
  it('puts what index.html loads itself, and the public files, in the shell', () => {
    const plan = planFill({ chunks, assets: [], publicFiles: ['favicon.svg'], first: [] });
    expect(plan.shell).toEqual(['/assets/index-1.js', '/assets/react-1.js', '/assets/index-1.css', '/favicon.svg']);
  });

  it('fills the modules named first, with what they import, before the rest', () => {
    const plan = planFill({
      chunks,
      assets: ['assets/index-1.css', 'assets/unit-editor-1.css', 'assets/font-1.woff2'],
      publicFiles: [],
      first: ['units/UnitPage', 'units/editor/UnitEditor', 'groups/GroupsPage'],
    });
    expect(plan.fill).toEqual([
      // The named modules, most likely first (a name the build does not have is passed over).
      '/assets/UnitPage-1.js',
      '/assets/Card-1.js',
      '/assets/unit-editor-1.js',
      '/assets/unit-editor-1.css',
      // Then breadth-first along the dynamic imports, in the order the code makes them.
      '/assets/SchoolsPage-1.js',
      '/assets/LibraryPage-1.js',
      // Then what no import reaches, alphabetically.
      '/assets/font-1.woff2',
      '/assets/orphan-1.js',
    ]);
  });

  it('lists every file once, in the shell or in the fill', () => {
    const assets = ['assets/index-1.css', 'assets/unit-editor-1.css'];
    const plan = planFill({ chunks, assets, publicFiles: ['favicon.svg'], first: ['units/LibraryPage'] });
    const all = [...plan.shell, ...plan.fill];
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(
      [...chunks.map((c) => `/${c.fileName}`), ...assets.map((f) => `/${f}`), '/favicon.svg'].sort(),
    );
  });

  it('does not take a module whose path only ends like a wanted name', () => {
    const plan = planFill({ chunks, assets: [], publicFiles: [], first: ['Page'] });
    expect(plan.fill[0]).toBe('/assets/SchoolsPage-1.js');
  });

  it('never keeps the chunks of on-demand packages, which load only when used', () => {
    const withHeavy = [
      ...chunks.slice(0, 1).map((c) => ({ ...c, dynamicImports: [...c.dynamicImports, 'assets/src-1.js'] })),
      ...chunks.slice(1),
      chunk('assets/src-1.js', { facadeModuleId: '/app/node_modules/mediabunny/dist/modules/src/index.js' }),
    ];
    const plan = planFill({ chunks: withHeavy, assets: [], publicFiles: [], first: [], onDemand: ['mediabunny'] });
    expect([...plan.shell, ...plan.fill]).not.toContain('/assets/src-1.js');
    expect(plan.fill).toContain('/assets/UnitPage-1.js');
    expect(planFill({ chunks: withHeavy, assets: [], publicFiles: [], first: [] }).fill).toContain('/assets/src-1.js');
  });
});
