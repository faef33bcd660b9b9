import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { Invitation } from '../../server/src/networks/invitation.entity.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import { createNetwork, createPerson, PASSWORD, type TestNetwork } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { eventually } from '../support/eventually.js';

/** Whether a click at the middle of `target` lands on it (nothing, like an open list, covers it). */
function clickable(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return Boolean(hit && el.contains(hit));
  });
}

describe('invitations on People', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  async function coordinatorPage(net: TestNetwork, width: number, height: number): Promise<Page> {
    const coordinator = await createPerson(server.db, net, 'COORDINATOR', { name: 'Casey Coordinator' });
    const ctx = await browser.newContext({ viewport: { width, height } });
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, coordinator.login, PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${server.url}/n/${net.network.slug}/people`);
    await page.getByRole('heading', { name: 'Pending invitations' }).waitFor();
    return page;
  }

  async function invite(page: Page, email: string, school: string) {
    await page.getByRole('button', { name: 'Invite someone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite someone' });
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByLabel('Role').selectOption({ label: 'Teacher' });
    await dialog.getByLabel('School').selectOption({ label: school });
    return dialog;
  }

  for (const [name, width, height] of [
    ['a phone', 390, 844],
    ['a desktop', 1280, 800],
  ] as const) {
    it(`coordinator sends an invitation while the subject list is open, on ${name}`, async () => {
      const net = await createNetwork(server.db);
      const page = await coordinatorPage(net, width, height);
      const email = `open-list-${width}-${Date.now()}@example.org`;
      const dialog = await invite(page, email, net.schools[0].name);
      const send = dialog.getByRole('button', { name: 'Send invitation' });
      for (const field of ['Subjects', 'Grade levels']) {
        // (Mantine's field wrapper takes the click for the input.) A click that lands while the
        // dialog is still settling may not open the list: then the keyboard opens it, as a person would.
        await dialog.getByLabel(field).click({ force: true });
        const list = page.getByRole('listbox');
        const opened = await list
          .first()
          .waitFor({ timeout: 3_000 })
          .then(() => true)
          .catch(() => false);
        if (!opened) {
          await dialog.getByLabel(field).focus();
          await page.keyboard.press('ArrowDown');
          await list.first().waitFor();
        }
        const shown = await list.first().boundingBox();
        expect(shown!.y).toBeGreaterThanOrEqual(0);
        expect(shown!.y + shown!.height).toBeLessThanOrEqual(height);
        // The open list does not cover the Send button.
        expect(await clickable(send)).toBe(true);
        const [listBox, sendBox] = [await list.first().boundingBox(), await send.boundingBox()];
        expect(listBox!.y + listBox!.height <= sendBox!.y || listBox!.y >= sendBox!.y + sendBox!.height).toBe(true);
        if (field === 'Subjects') {
          await page.keyboard.press('Escape');
          await list.first().waitFor({ state: 'hidden' });
        }
      }
      // Send is clicked with the grade list still open.
      await send.click();
      await dialog.getByText('No email server is set up, so copy the link below').waitFor();
      expect(await server.db.getRepository(Invitation).countBy({ email })).toBe(1);
      await page.context().close();
    }, 120_000);
  }

  it('coordinator copies, resends and revokes an invitation from People', async () => {
    const net = await createNetwork(server.db);
    const page = await coordinatorPage(net, 1280, 800);
    const email = `pending-${Date.now()}@example.org`;

    // No mail server: the dialog says so, with the link to copy.
    const dialog = await invite(page, email, net.schools[1].name);
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.getByText('No email server is set up, so copy the link below').waitFor();
    expect(await dialog.getByText('We emailed').count()).toBe(0);
    const first = await dialog.getByLabel(`Invitation link for ${email}`).inputValue();
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The pending invitation is at the top of People, above the directory.
    const pending = page.getByRole('table', { name: 'Pending invitations' });
    const row = pending.getByRole('row').filter({ hasText: email });
    await row.waitFor();
    const [pendingBox, directoryBox] = [
      await page.getByRole('heading', { name: 'Pending invitations' }).boundingBox(),
      await page.getByRole('table', { name: 'Members' }).boundingBox(),
    ];
    expect(pendingBox!.y).toBeLessThan(directoryBox?.y ?? Infinity);

    // Copy link: asked first (a new link replaces the old one), then shown with Copy.
    await row.getByRole('button', { name: `Copy link for ${email}` }).click();
    const confirm = page.getByRole('dialog', { name: `A new link for ${email}?` });
    await confirm.getByText('The link sent before stops working').waitFor();
    await confirm.getByRole('button', { name: 'Make a new link' }).click();
    await confirm.waitFor({ state: 'hidden' });
    const linkBox = page.getByLabel(`Invitation link for ${email}`);
    const second = await eventually(
      () => linkBox.inputValue(),
      (v) => v !== '' && v !== first,
      'a new link',
    );
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(second);

    // Resend: a new link again, kept in the outbox (no mail server), said truthfully.
    await row.getByRole('button', { name: `Resend invitation to ${email}` }).click();
    const third = await eventually(
      () => linkBox.inputValue(),
      (v) => v !== second,
      'the resent link',
    );
    await page.getByText('No email server is set up, so copy the link below').waitFor();
    const newest = await server.db
      .getRepository(OutboxMessage)
      .find({ where: { toAddress: email }, order: { createdAt: 'DESC' }, take: 1 });
    expect(newest[0].link).toBe(third);

    // Revoke: asked first, then gone from the list, and the link no longer works.
    await row.getByRole('button', { name: `Revoke invitation to ${email}` }).click();
    const revoke = page.getByRole('dialog', { name: `Revoke the invitation to ${email}?` });
    await revoke.getByRole('button', { name: 'Revoke' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByText('No pending invitations.').waitFor();
    const inv = await server.db.getRepository(Invitation).findOneByOrFail({ email });
    expect(inv.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    await page.context().close();
  }, 120_000);
});
