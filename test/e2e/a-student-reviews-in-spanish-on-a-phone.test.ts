/**
 * The exchange pages in Spanish, on a 390 px phone: a student whose language is Spanish writes and
 * submits an essay, reviews a peer's essay with the rubric, then reads, rates and reports the feedback
 * on their own essay. Headings, buttons, statuses and dates are Spanish; what people wrote (the
 * exchange's title, the rubric's levels, the essays and reviews) stays as written. The rest of the
 * exchange happens through the API. Then, in the pseudo-locale, the review page and the feedback show
 * no English that bypassed the catalogs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { User } from '../../server/src/auth/user.entity.js';
import { PeerReview } from '../../server/src/feedback/peer-review.entity.js';
import { Submission } from '../../server/src/feedback/submission.entity.js';
import { startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import { PASSWORD } from '../support/factories.js';
import type { TestServer } from '../support/harness.js';
import {
  assignmentsOf,
  OPS,
  ok,
  openExchange,
  pass,
  reviewOf,
  runJob,
  twoSchools,
  type Signed,
} from '../support/peer-feedback.js';

const PHONE = { width: 390, height: 844 };

/**
 * Visible text in the page's main content (and its aria-labels and placeholders) with letters and no
 * pseudo-localized character, outside `translate="no"`: English that bypassed the catalogs. The same
 * rule as the foundation's pseudo-locale check (docs/i18n.md), here for the review page and feedback.
 */
function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pseudo = /[⟦⟧\u00C0-\u024F\u1E00-\u1EFF]/;
    const skipped = (el: Element | null) => !el || !!el.closest('[translate="no"], script, style, svg, textarea');
    const visible = (el: Element) => getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length > 0;
    const found = new Set<string>();
    for (const root of document.querySelectorAll('main, [role="dialog"], .mantine-Notifications-root')) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const el = node.parentElement;
        if (/[A-Za-z]/.test(text) && !pseudo.test(text) && !skipped(el) && visible(el!)) found.add(text);
      }
      for (const el of root.querySelectorAll('[aria-label], [placeholder]')) {
        if (skipped(el)) continue;
        for (const value of [el.getAttribute('aria-label'), el.getAttribute('placeholder')])
          if (value && /[A-Za-z]/.test(value) && !pseudo.test(value)) found.add(value);
      }
    }
    return [...found].sort();
  });
}
/** A Spanish short month ("7 dic", "14 ene"…), as Intl writes dates for 'es'. */
const SPANISH_DATE = /\d{1,2} (?:de )?(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)/;

describe('a student reviews in Spanish on a phone', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  /** Signs `who` in on a phone whose browser prefers Spanish. */
  async function phoneFor(who: Signed): Promise<Page> {
    const ctx = await browser.newContext({ viewport: PHONE, locale: 'es-MX', hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/sign-in`);
    await page.locator('input[autocomplete="username"]').fill(who.login);
    await page.locator('input[autocomplete="current-password"]').fill(PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/n\//);
    return page;
  }

  /** Nothing is wider than the phone: no sideways scrolling. */
  async function fitsThePhone(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }

  it('writes an essay, reviews a peer, and rates the feedback, all in Spanish', async () => {
    const w = await twoSchools(server, 2);
    const exchangeId = await openExchange(server, w);
    const student = w.studentsB[0]!;
    await server.db.getRepository(User).update(student.user.id, { locale: 'es' });
    const others = [...w.studentsA, ...w.studentsB.slice(1)];
    for (const s of others) {
      await ok(
        server.gql(
          OPS.submitEssay,
          { e: exchangeId, body: `Rural schools should share teachers, says ${s.user.id.slice(0, 6)}.` },
          { token: s.token },
        ),
      );
    }

    // The list of exchanges, then the exchange: the essay is due on a Spanish date.
    const page = await phoneFor(student);
    await page.goto(`${server.url}/n/${w.net.network.slug}/exchanges`);
    await page.getByRole('heading', { level: 1, name: 'Mis intercambios' }).waitFor();
    const due = page.getByText(/^Entrega del texto: /);
    await due.waitFor();
    expect(await due.textContent()).toMatch(SPANISH_DATE);
    await page.getByRole('link', { name: 'Should rural schools share teachers?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Should rural schools share teachers?' }).waitFor();
    await page.getByText('Tema', { exact: true }).waitFor();
    await page.getByText('Entrega de textos', { exact: true }).waitFor();

    // Writing is autosaved; the pseudonym shows; submitting says so in Spanish.
    await page.getByRole('status').filter({ hasText: 'Se guarda mientras escribes' }).waitFor();
    const essay = page.getByRole('textbox', { name: 'Mi texto' });
    await essay.fill('Las escuelas rurales deberían compartir docentes: así cada estudiante tiene más materias.');
    await page
      .getByRole('status')
      .filter({ hasText: /^Guardado$/ })
      .waitFor({ timeout: 10_000 });
    await page.getByText(/los demás te ven como “[A-Z][a-z]+ [A-Z][a-z]+”/).waitFor();
    await page.getByText('12 palabras', { exact: false }).waitFor();
    await fitsThePhone(page);
    await page.getByRole('button', { name: 'Entregar texto' }).click();
    await page.getByText('Texto entregado').first().waitFor();
    await page.getByRole('button', { name: 'Volver a entregar' }).waitFor();
    const mine = await server.db.getRepository(Submission).findOneByOrFail({ exchangeId, studentId: student.user.id });
    expect(mine.status).toBe('SUBMITTED');

    // Essays close; the student reviews their first essay.
    await pass(server, exchangeId, 'submissionDueAt');
    await runJob(server);
    const assigned = await assignmentsOf(server, exchangeId, student);
    expect(assigned).toHaveLength(2);
    await page.reload();
    await page.getByRole('heading', { name: 'Textos para revisar' }).waitFor();
    await page.getByText(/^0 de 2 enviadas · hasta el /).waitFor();
    await page.getByRole('link', { name: /^Revisión 1 de 2: el texto de / }).click();
    await page.getByRole('heading', { level: 1, name: /^Revisión 1 de 2: el texto de / }).waitFor();
    await page.getByText('La rúbrica:', { exact: false }).first().waitFor();
    await page
      .getByText(/^Algunos criterios valen más que otros: lo máximo que puede obtener un trabajo es 10 puntos\.$/)
      .waitFor();
    expect(await page.getByTestId('essay-to-review').textContent()).toBe(assigned[0]!.essay);
    await fitsThePhone(page);

    await page
      .getByRole('radiogroup', { name: /^Claim/ })
      .getByRole('radio', { name: /^Strong · 3 puntos/ })
      .check();
    await page
      .getByRole('radiogroup', { name: /^Evidence/ })
      .getByRole('radio', { name: /^Some · 2 puntos/ })
      .check();
    await page
      .getByRole('textbox', { name: /^Tu comentario sobre Claim/ })
      .fill('Your claim is clear in the first paragraph.');
    await page
      .getByRole('textbox', { name: /^Tu comentario sobre Evidence/ })
      .fill('Add a source for the second reason you give.');
    await page.getByRole('textbox', { name: /^Un punto fuerte/ }).fill('The opening question pulls the reader in.');
    // A next step that is too short: the server's refusal reads in Spanish, beside the field.
    await page.getByRole('textbox', { name: /^Un siguiente paso/ }).fill('Muy corto.');
    await page.getByRole('button', { name: 'Enviar revisión' }).click();
    await page
      .getByText(/^Este comentario es muy corto: escribe al menos 4 palabras/)
      .first()
      .waitFor();
    await page
      .getByRole('textbox', { name: /^Un siguiente paso/ })
      .fill('Answer the strongest counter-argument before you conclude.');
    await page
      .getByRole('status')
      .filter({ hasText: /^Borrador guardado$/ })
      .waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Enviar revisión' }).click();
    await page.getByText('Tu revisión se envió').waitFor();
    expect(await page.getByRole('button', { name: 'Enviar revisión' }).count()).toBe(0);
    await eventually(
      async () => (await server.db.getRepository(PeerReview).findOneByOrFail({ id: assigned[0]!.id })).status,
      (status) => status === 'SUBMITTED',
      'the first review',
    );
    await page.getByRole('link', { name: 'Volver al intercambio' }).click();
    await page.getByText(/^1 de 2 enviadas · hasta el /).waitFor();
    await page.getByText('Enviada', { exact: true }).first().waitFor();

    // Everyone else's reviews through the API; feedback is released.
    for (const s of [...others, student]) {
      for (const a of await assignmentsOf(server, exchangeId, s)) {
        if (a.status !== 'SUBMITTED') await ok(server.gql(OPS.submit, { input: reviewOf(a) }, { token: s.token }));
      }
    }
    await pass(server, exchangeId, 'reviewDueAt');
    await pass(server, exchangeId, 'feedbackReleaseAt');
    await runJob(server);

    // The feedback on their essay, in Spanish; they rate the first review and report the second.
    await page.reload();
    await page.getByRole('heading', { name: 'Comentarios sobre tu texto' }).waitFor();
    const reviews = page.getByRole('article', { name: /^Revisión de / });
    await eventually(
      () => reviews.count(),
      (n) => n === 2,
      'reviews of the essay',
    );
    const first = reviews.nth(0);
    await first.getByText('Un punto fuerte', { exact: true }).waitFor();
    await first.getByText(/^\d+(?:[.,]\d)? de 10 puntos$/).waitFor();
    await first.getByRole('radio', { name: '5 — Súper útil' }).check();
    await first
      .getByRole('textbox', { name: /^Un comentario para tu maestra o maestro/ })
      .fill('Clara y amable, gracias.');
    await first.getByRole('button', { name: 'Guardar calificación' }).click();
    await first.getByText('Le diste 5 de 5.').waitFor();
    const second = reviews.nth(1);
    await second.getByRole('button', { name: 'Reportar esta revisión' }).click();
    await second.getByRole('textbox', { name: '¿Qué tiene de malo esta revisión?' }).fill('Se burla de mi pueblo.');
    await second.getByRole('button', { name: 'Enviar reporte' }).click();
    await second.getByText('Tu maestra o maestro la va a revisar.').waitFor();
    await fitsThePhone(page);
    const rated = await server.db.getRepository(PeerReview).findBy({ exchangeId, helpfulness: 5 });
    expect(rated.map((r) => r.helpfulnessComment)).toEqual(['Clara y amable, gracias.']);
    // No English heading or button of these pages is left.
    for (const english of ['Feedback on your essay', 'Essays to review', 'Save rating', 'Report this review']) {
      expect(await page.getByText(english, { exact: true }).count()).toBe(0);
    }
    await page.context().close();
  }, 120_000);

  it('leaves no English outside the catalogs on the review page and the feedback (pseudo-locale)', async () => {
    const w = await twoSchools(server, 1);
    const exchangeId = await openExchange(server, w);
    const [a, b] = [w.studentsA[0]!, w.studentsB[0]!];
    for (const s of [a, b]) {
      await ok(
        server.gql(
          OPS.submitEssay,
          { e: exchangeId, body: 'Sharing teachers widens what we offer.' },
          { token: s.token },
        ),
      );
    }
    await pass(server, exchangeId, 'submissionDueAt');
    await runJob(server);
    const [mine] = await assignmentsOf(server, exchangeId, a);
    const ctx = await browser.newContext({ viewport: PHONE });
    await ctx.addInitScript(() => localStorage.setItem('switchback:pseudoLocale', '1'));
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/sign-in`);
    await page.locator('input[autocomplete="username"]').fill(a.login);
    await page.locator('input[autocomplete="current-password"]').fill(PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/n\//);
    const exchange = `${server.url}/n/${w.net.network.slug}/exchanges/${exchangeId}`;

    await page.goto(`${exchange}/reviews/${mine!.id}`);
    await page.getByTestId('essay-to-review').waitFor();
    await page.getByTestId('rubric-cards').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await untranslated(page)).toEqual([]);

    for (const s of [a, b]) {
      for (const r of await assignmentsOf(server, exchangeId, s)) {
        if (r.status !== 'SUBMITTED') await ok(server.gql(OPS.submit, { input: reviewOf(r) }, { token: s.token }));
      }
    }
    await pass(server, exchangeId, 'reviewDueAt');
    await pass(server, exchangeId, 'feedbackReleaseAt');
    await runJob(server);
    await page.goto(exchange);
    await page.getByRole('article').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await untranslated(page)).toEqual([]);
    await ctx.close();
  }, 120_000);
});
