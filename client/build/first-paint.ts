import fs from 'node:fs';
import type { Plugin } from 'vite';

const BOOT = /<!--boot-->[\s\S]*<!--\/boot-->/;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+\.css)">/g;

/**
 * The first paint of every page needs nothing but the page itself (its inline styles): the app's
 * stylesheet is fetched at once (preload) but does not hold the paint up (media="print" until
 * main.tsx applies it, just before the app renders).
 *
 * And it emits sign-in.html: the app's page (index.html, same scripts and styles) whose first paint is a
 * working sign-in form (sign-in-form.html) instead of the loading card. The server sends it for
 * /sign-in, filling in `__SIGN_IN_NEXT__` and the `<!--sign-in-error-->` slot; the form posts to the
 * server, so a person can sign in before the app's code has arrived (or without it). When the code
 * arrives, the app's sign-in page takes over with what was typed (features/auth/boot-form.ts).
 */
export function firstPaint(): Plugin {
  const form = fs.readFileSync(new URL('./sign-in-form.html', import.meta.url), 'utf8');
  return {
    name: 'switchback-first-paint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return this.error('sign-in page: index.html was not built');
        const html = String(index.source).replace(
          STYLESHEET,
          '<link rel="preload" as="style" crossorigin href="$1">' +
            '<link rel="stylesheet" crossorigin href="$1" media="print" data-app-styles>',
        );
        if (!html.includes('data-app-styles')) this.error('first paint: index.html links no stylesheet');
        if (!BOOT.test(html)) this.error('sign-in page: index.html has no <!--boot--> … <!--/boot--> region');
        index.source = html;
        const page = html.replace(BOOT, `<!--boot--><div class="boot">${brand(html)}${form}</div><!--/boot-->`);
        this.emitFile({ type: 'asset', fileName: 'sign-in.html', source: page });
      },
    },
  };
}

/** The brand line of index.html's loading screen, so both pages start the same. */
function brand(html: string): string {
  const match = /<div class="boot-brand">[\s\S]*?<\/span>\s*<\/div>/.exec(html);
  if (!match) throw new Error('sign-in page: index.html has no .boot-brand');
  return match[0];
}
