import { chromium, type Browser, type Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/src/config/config.js';
import { PASSWORD } from './factories.js';
import { startServer, type TestServer } from './harness.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags that work as root on a closed network. */
export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The whole app, with the built client, on port 0 (`env`: settings such as DATA_DIR). */
export function startAppServer(env: Record<string, string> = {}): Promise<TestServer> {
  const clientDist = path.join(REPO_ROOT, 'client', 'dist');
  if (!fs.existsSync(path.join(clientDist, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build` first (npm run test:e2e does).');
  }
  return startServer(env, { clientDist });
}

/** Signs in through the sign-in page, as a person would. */
/** The built app on a test server and a browser, for one e2e file's `beforeAll`. */
export async function startBrowserApp(
  env: Record<string, string> = {},
): Promise<{ server: TestServer; browser: Browser }> {
  const server = await startAppServer(env);
  return { server, browser: await launchBrowser() };
}

export async function stopBrowserApp(server?: TestServer, browser?: Browser): Promise<void> {
  await browser?.close();
  await server?.close();
}

export async function signInThroughPage(page: Page, base: string, login: string, password = PASSWORD): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email or username').fill(login);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A new browser context of the given size, signed in as `login`, on the app's home page. */
export async function signedInPage(
  browser: Browser,
  base: string,
  login: string,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signInThroughPage(page, base, login);
  await page.waitForURL(/\/n\//);
  return { page, close: () => context.close() };
}
