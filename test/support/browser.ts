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

/** The whole app, with the built client, on port 0. */
export function startAppServer(): Promise<TestServer> {
  const clientDist = path.join(REPO_ROOT, 'client', 'dist');
  if (!fs.existsSync(path.join(clientDist, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build` first (npm run test:e2e does).');
  }
  return startServer({}, { clientDist });
}

/** Signs in through the sign-in page, as a person would. */
/** The built app on a test server and a browser, for one e2e file's `beforeAll`. */
export async function startBrowserApp(): Promise<{ server: TestServer; browser: Browser }> {
  const server = await startAppServer();
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
