import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/src/config/config.js';

/**
 * Browser checks of the app's languages (docs/i18n.md). The pseudo-locale is switched on before the
 * app starts; `untranslatedText` lists what a page shows that did not come from a catalog.
 */
export async function usePseudoLocale(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => localStorage.setItem('switchback:pseudoLocale', '1'));
}

/** The regions a student reads: main content, navigation, header, dialogs, menus, popovers, toasts. */
const REGIONS =
  'main, nav, header, [role="dialog"], [role="menu"], [role="alertdialog"], .mantine-Popover-dropdown, .mantine-Notifications-root';

/**
 * Every visible text (and aria-label, placeholder, title) in the student's regions that has letters and
 * not one pseudo-localized character: English that bypassed the catalogs. Text inside `translate="no"`
 * (user content, names) and `data-i18n="server"` (written by the server in the person's language) is
 * skipped. Visually hidden text for screen readers counts.
 */
export function untranslatedText(page: Page): Promise<string[]> {
  return page.evaluate((regions) => {
    const pseudo = /[⟦⟧\u00C0-\u024F\u1E00-\u1EFF]/;
    const letters = /[A-Za-z]/;
    const skipped = (el: Element | null) =>
      !el || !!el.closest('[translate="no"], [data-i18n="server"], script, style, noscript, svg, textarea');
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
      // Visually hidden (1px, clipped) text is read aloud, so it counts; zero-sized ancestors do not hide it.
      return el.getClientRects().length > 0 || el.classList.contains('visually-hidden');
    };
    const found = new Set<string>();
    for (const root of document.querySelectorAll(regions)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const el = node.parentElement;
        if (!text || !letters.test(text) || pseudo.test(text) || skipped(el) || !visible(el!)) continue;
        found.add(`"${text}" in <${el!.tagName.toLowerCase()}>`);
      }
      for (const el of root.querySelectorAll('[aria-label], [placeholder], [title]')) {
        if (skipped(el) || !visible(el)) continue;
        for (const attr of ['aria-label', 'placeholder', 'title']) {
          const value = el.getAttribute(attr)?.trim();
          if (value && letters.test(value) && !pseudo.test(value))
            found.add(`${attr}="${value}" on <${el.tagName.toLowerCase()}>`);
        }
      }
    }
    return [...found].sort();
  }, REGIONS);
}

type Catalog = Record<string, string>;

function catalogs(locale: string): Record<string, Catalog> {
  const dir = path.join(REPO_ROOT, 'client', 'src', 'locales', locale);
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Catalog]),
  );
}

/**
 * The Spanish of an English message of the catalogs, found by its English text (so a test need not
 * know the other features' keys): `spanishFor('Submit essay')`.
 */
export function spanishFor(english: string, namespace?: string): string {
  const en = catalogs('en');
  const es = catalogs('es');
  for (const [ns, catalog] of Object.entries(en)) {
    if (namespace && ns !== namespace) continue;
    for (const [key, message] of Object.entries(catalog)) if (message === english && es[ns]?.[key]) return es[ns][key];
  }
  throw new Error(`No catalog has the English message "${english}"${namespace ? ` in ${namespace}` : ''}.`);
}

/**
 * Visible English sentences of the catalogs (plain ones, without arguments, longer than a word) on a
 * page that should be in Spanish.
 */
export function englishOnPage(page: Page): Promise<string[]> {
  const en = catalogs('en');
  const es = catalogs('es');
  const english = new Set<string>();
  for (const [ns, catalog] of Object.entries(en))
    for (const [key, message] of Object.entries(catalog))
      if (!/[{<]/.test(message) && message.includes(' ') && es[ns]?.[key] !== message) english.add(message);
  return page.evaluate(
    ({ sentences, regions }) => {
      const text = [...document.querySelectorAll(regions)].map((r) => (r as HTMLElement).innerText).join('\n');
      return sentences.filter((s) => text.includes(s));
    },
    { sentences: [...english], regions: REGIONS },
  );
}
