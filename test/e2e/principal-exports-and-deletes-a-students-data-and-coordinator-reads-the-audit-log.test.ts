import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { User } from '../../server/src/auth/user.entity.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { createClass, createNetwork, createPerson } from '../support/factories.js';
import type { TestServer } from '../support/harness.js';
import { unzip } from '../support/unzip.js';

describe("a student's data in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a principal exports and deletes a student’s data, a teacher removes one; a coordinator reads it all in the audit log on a phone', async () => {
    const net = await createNetwork(server.db, 1);
    const principal = await createPerson(server.db, net, 'ADMINISTRATOR', { name: 'Principal Hale' });
    const coordinator = await createPerson(server.db, net, 'COORDINATOR', { name: 'Coordinator Vance' });
    const teacher = await createPerson(server.db, net, 'TEACHER', { name: 'Teacher Ames' });
    const leaving = await createPerson(server.db, net, 'STUDENT', { name: 'Juniper Leaving' });
    const staying = await createPerson(server.db, net, 'STUDENT', { name: 'Basil Staying' });
    const cls = await createClass(server.db, net, teacher, [leaving, staying]);

    // The principal finds the student on the People page and exports their data.
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, principal.login);
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    const row = page.getByRole('row', { name: /Juniper Leaving/ });
    await row.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: 'Export data of Juniper Leaving' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^student-[0-9a-f-]+-\d{4}-\d\d-\d\d\.zip$/);
    const files = unzip(fs.readFileSync((await download.path())!));
    const data = JSON.parse(files.get('data.json')!.toString('utf8')) as { account: { username: string } };
    expect(data.account.username).toBe(leaving.user.username);

    // Deleting asks first and says what goes and what stays.
    await row.getByRole('button', { name: 'Delete data of Juniper Leaving' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete all data of Juniper Leaving?' });
    await dialog.getByText(`Their account: name, username ${leaving.user.username!}, password and sign-ins`).waitFor();
    await dialog.getByText('Kept, anonymous:').waitFor();
    await dialog.getByText(/never their name/).waitFor();
    await dialog.getByRole('button', { name: 'Delete data' }).click();
    await page.getByText("Juniper Leaving's data was deleted.", { exact: false }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /Juniper Leaving/ }).waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Basil Staying/ }).waitFor();
    expect(await server.db.getRepository(User).existsBy({ id: leaving.user.id })).toBe(false);
    await ctx.close();

    // The teacher removes the other student from their only class, and is told they lost access.
    const teacherCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tp = await teacherCtx.newPage();
    tp.setDefaultTimeout(15_000);
    await signInThroughPage(tp, server.url, teacher.login);
    // Signed in once the app has taken them into the network (the sign-in page's own heading would
    // match a wait for any heading, and going on before the session exists lands on sign-in again).
    await tp.waitForURL(/\/n\//);
    await tp.goto(`${server.url}/n/${net.network.slug}/classes/${cls.id}`);
    await tp.getByRole('button', { name: 'Remove Basil Staying' }).click();
    await tp.getByRole('dialog', { name: 'Remove Basil Staying?' }).getByRole('button', { name: 'Remove' }).click();
    await tp.getByText(/Basil Staying is no longer in .*can no longer sign in/).waitFor();
    expect(await tp.getByRole('button', { name: /Export data of/ }).count()).toBe(0);
    await teacherCtx.close();

    // The coordinator, on a phone, opens the audit log from the menu.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await phone.newPage();
    p.setDefaultTimeout(15_000);
    await signInThroughPage(p, server.url, coordinator.login);
    await p.getByRole('button', { name: 'Open navigation' }).click();
    await p.getByRole('link', { name: 'Audit log' }).click();
    await p.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const events = p.getByRole('list', { name: 'Audit events' });
    await events.getByRole('heading', { name: "Deleted a student's data" }).waitFor();
    await events.getByRole('heading', { name: "Exported a student's data" }).waitFor();
    await events.getByRole('heading', { name: 'Removed a student from a class' }).waitFor();
    expect(await events.getByText('Principal Hale').count()).toBe(2);
    expect(await p.getByText('Juniper Leaving').count()).toBe(0);
    expect(await p.getByText('Basil Staying').count()).toBe(0);
    expect(await p.getByText(leaving.user.id, { exact: false }).count()).toBe(2);
    // Readable at 390 px: nothing wider than the screen.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await p.getByLabel('Action').selectOption({ label: "Deleted a student's data" });
    await p.getByText('Showing 1 of 1 event.').waitFor();
    expect(await events.getByRole('listitem').count()).toBe(1);
    const href = await p.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toBe(`/api/networks/${net.network.id}/audit.csv?action=student.delete`);
    const csv = await p.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain(`student.delete,Deleted a student's data,Principal Hale`);
    expect(text).not.toContain('Juniper');
    await phone.close();
  });
});
