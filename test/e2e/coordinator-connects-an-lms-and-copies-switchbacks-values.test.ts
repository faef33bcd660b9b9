import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createNetwork, createPerson } from '../support/factories.js';
import { signedInPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

describe('LMS connections in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a coordinator on a phone sees the values to paste, connects Canvas (a bad URL is named) and sees it listed', async () => {
    const net = await createNetwork(server.db, 1);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const { page, close } = await signedInPage(browser, server.url, coordinator.login, { width: 390, height: 844 });
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/n/${net.network.slug}/lms`);
    await page.getByRole('heading', { level: 1, name: 'LMS' }).waitFor();
    await page.getByText('http://switchback.test/lti/login').waitFor();
    await page.getByText('http://switchback.test/.well-known/jwks.json').waitFor();
    const copy = page.getByRole('button', { name: 'Copy Login initiation URL' });
    const box = (await copy.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    // No sideways scrolling at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole('button', { name: 'Connect an LMS' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect an LMS' });
    await dialog.getByLabel('Name').fill('District Canvas');
    await dialog.getByLabel('Issuer').fill('https://canvas.instructure.com');
    await dialog.getByLabel('Client ID').fill('10000000000042');
    await dialog.getByLabel('Deployment IDs').fill('12:8865aa05b4b79b64a91a86042e43af5ea8ae79eb');
    await dialog.getByLabel('Authentication request URL').fill('http://sso.canvaslms.com/api/lti/authorize_redirect');
    await dialog.getByLabel('Access token URL').fill('https://sso.canvaslms.com/login/oauth2/token');
    await dialog.getByLabel('Public key set URL').fill('https://sso.canvaslms.com/api/lti/security/jwks');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    // The server refuses plain http for an LMS elsewhere, next to the field.
    await dialog
      .getByText('The authentication request URL must be an https:// address copied from the LMS.')
      .first()
      .waitFor();
    await dialog.getByLabel('Authentication request URL').fill('https://sso.canvaslms.com/api/lti/authorize_redirect');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await dialog.waitFor({ state: 'detached' });
    const listed = page.getByRole('list', { name: 'Connected LMS' }).getByRole('listitem');
    await listed.filter({ hasText: 'District Canvas' }).waitFor();
    await listed.getByText('Deployment 12:8865aa05b4b79b64a91a86042e43af5ea8ae79eb').waitFor();
    await close();
  }, 120_000);
});
