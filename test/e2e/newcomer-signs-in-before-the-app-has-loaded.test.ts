import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createNetwork, createPerson, PASSWORD } from '../support/factories.js';
import { startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

/** The app's entry script (index.html's `<script type="module">`): holding it back is a slow link. */
const ENTRY = /\/assets\/index-[^/]+\.js$/;

describe('a newcomer signs in before the app has loaded', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('the-first-page-is-a-working-sign-in-form-even-without-javascript', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    // The address of the app leads a newcomer to the form; its first paint is the form itself.
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    await page.getByLabel('Email or username').fill(teacher.login);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'do not match' }).waitFor();
    expect((await ctx.cookies()).some((c) => c.name === 'sb_session')).toBe(false);

    await page.getByLabel('Email or username').fill(teacher.login);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const session = (await ctx.cookies()).find((c) => c.name === 'sb_session');
    expect(session?.httpOnly).toBe(true);
    await ctx.close();
  });

  it('what-was-typed-before-the-app-arrived-stays-and-the-app-signs-in-with-it', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER', { name: 'Pat Early' });
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(ENTRY, async (route) => {
      await released;
      await route.continue();
    });

    await page.goto(`${server.url}/sign-in`, { waitUntil: 'commit' });
    await page.getByLabel('Email or username').fill(teacher.login);
    await page.getByLabel('Password').fill(PASSWORD.slice(0, 5));
    // The app's code arrives while the person is typing the password.
    release();
    await page.locator('#boot-sign-in').waitFor({ state: 'detached' });

    const login = page.getByLabel('Email or username');
    const password = page.getByLabel('Password', { exact: true });
    expect(await login.inputValue()).toBe(teacher.login);
    expect(await password.inputValue()).toBe(PASSWORD.slice(0, 5));
    // The cursor is still in the password field: typing goes on there.
    await page.keyboard.type(PASSWORD.slice(5));
    expect(await password.inputValue()).toBe(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: net.network.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/n/${net.network.slug}`);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
