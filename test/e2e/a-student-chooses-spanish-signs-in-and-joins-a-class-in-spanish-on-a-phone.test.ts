import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { User } from '../../server/src/auth/user.entity.js';
import { SchoolClass } from '../../server/src/classes/school-class.entity.js';
import { Exchange } from '../../server/src/feedback/exchange.entity.js';
import { PASSWORD } from '../support/factories.js';
import { startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import type { TestServer } from '../support/harness.js';
import { englishOnPage } from '../support/i18n-page.js';
import { openExchange, twoSchools } from '../support/peer-feedback.js';

const PHONE = { width: 390, height: 844 };

/**
 * A student's journey in Spanish on the pages of the i18n foundation (sign-in, home, shell, join). The
 * exchange pages' part (write and submit an essay in Spanish) is
 * a-student-writes-and-submits-an-essay-in-spanish.test.ts, which needs the exchange pages translated.
 */
describe('a student in Spanish', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('chooses Spanish on the sign-in page, reads a refusal, home, the to-do and its date in Spanish, and the account keeps it', async () => {
    const w = await twoSchools(server, 1);
    const exchangeId = await openExchange(server, w);
    const student = w.studentsA[0]!;
    const exchange = await server.db.getRepository(Exchange).findOneByOrFail({ id: exchangeId });

    // An English browser: the page starts in English, the chooser switches it.
    const ctx = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Iniciar sesión' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');

    // The API's refusal, in Spanish.
    await page.getByLabel('Correo o nombre de usuario').fill(student.login);
    await page.getByLabel('Contraseña', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'El correo o nombre de usuario y la contraseña no coinciden' })
      .first()
      .waitFor();

    await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(/\/n\//);

    // Home in Spanish: the to-do (written by the server in her language) with a Spanish date.
    await page.getByRole('heading', { level: 2, name: 'Pendientes' }).waitFor();
    const item = page.getByTestId('to-do').locator('li').first();
    await item.getByText('Escribe tu texto para “Should rural schools share teachers?”').waitFor();
    const timeZone = w.net.schools[0]!.timeZone;
    const due = exchange.submissionDueAt;
    const month = new Intl.DateTimeFormat('es-US', { month: 'short', timeZone }).format(due);
    const weekday = new Intl.DateTimeFormat('es-US', { weekday: 'short', timeZone }).format(due);
    const when = (await item.getByText(/^Entrega:/).textContent()) ?? '';
    expect(when).toContain(month);
    expect(when).toContain(weekday);
    expect(when).not.toMatch(/\b(Due|AM|PM|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
    await page.getByRole('link', { name: 'Escribir mi texto' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tus clases' }).waitFor();
    expect(await englishOnPage(page)).toEqual([]);

    // The account took the language chosen before signing in.
    await eventually(
      async () => (await server.db.getRepository(User).findOneByOrFail({ id: student.user.id })).locale,
      (locale) => locale === 'es',
      'the student account’s language',
    );

    // The phone's navigation and the account menu, in Spanish.
    await page.getByRole('button', { name: 'Abrir el menú' }).click();
    await page.getByRole('link', { name: 'Intercambios' }).waitFor();
    await page.getByRole('button', { name: 'Cerrar el menú' }).click();
    await page.locator('.account-button').click();
    await page.getByRole('menu').getByText('Iniciaste sesión como').waitFor();
    await page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { level: 1, name: 'Iniciar sesión' }).waitFor();
    await ctx.close();

    // On another device (English browser), the account's language wins once she signs in.
    const other = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
    const page2 = await other.newPage();
    page2.setDefaultTimeout(15_000);
    await page2.goto(`${server.url}/sign-in`);
    await page2.getByLabel('Email or username').fill(student.login);
    await page2.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page2.getByRole('button', { name: 'Sign in' }).click();
    await page2.getByRole('heading', { level: 2, name: 'Pendientes' }).waitFor();
    expect(await page2.evaluate(() => document.documentElement.lang)).toBe('es');
    await other.close();
  }, 120_000);

  it('a new student on a Spanish browser joins a class in Spanish, is told in Spanish about a wrong code, and the account is Spanish', async () => {
    const w = await twoSchools(server, 1);
    const cls = await server.db.getRepository(SchoolClass).findOneByOrFail({ id: w.classB.id });
    const ctx = await browser.newContext({ viewport: PHONE, locale: 'es-MX' });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/join`);
    await page.getByRole('heading', { level: 1, name: 'Unirme a una clase' }).waitFor();
    const username = `nueva${w.net.network.slug.slice(4)}`;
    await page.getByLabel('Código de la clase').fill('ZZZZ-ZZZZ');
    await page.getByLabel('Nombre de usuario').fill(username);
    await page.getByLabel('Tu nombre').fill('Valentina Nueva');
    await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Unirme a la clase' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ninguna clase tiene ese código' }).waitFor();
    // The field says it too, next to the code.
    await page.getByText('Ninguna clase tiene ese código.', { exact: true }).waitFor();

    await page.getByLabel('Código de la clase').fill(cls.joinCode);
    await page.getByRole('button', { name: 'Unirme a la clase' }).click();
    await page.waitForURL(/\/n\//);
    await page.getByText('¡Ya estás en la clase!').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Pendientes' }).waitFor();
    const user = await server.db.getRepository(User).findOneByOrFail({ username });
    expect(user.locale).toBe('es');
    await ctx.close();
  }, 120_000);
});
