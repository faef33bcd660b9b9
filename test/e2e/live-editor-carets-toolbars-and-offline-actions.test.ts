import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { addToGroup, createGroup, createNetwork, createPerson, signIn, type TestPerson } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { eventually } from '../support/eventually.js';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`;

async function openEditor(page: Page, base: string, login: string, unitPath: string): Promise<Locator> {
  await signInThroughPage(page, base, login);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto(base + unitPath);
  await page.getByRole('button', { name: 'Edit text' }).click();
  const editor = page.getByRole('textbox', { name: 'Understandings', exact: true });
  await editor.waitFor();
  await page
    .locator('[data-sync-status]')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  return editor;
}

const opacity = (el: Locator) => el.evaluate((node) => getComputedStyle(node).opacity);

describe('the live editor in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  async function unitWithTwoAuthors() {
    const net = await createNetwork(server.db);
    const ana = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0], name: 'Ana Alvarez' });
    const ben = await createPerson(server.db, net, 'TEACHER', { school: net.schools[1], name: 'Ben Bjornstad' });
    const group = await createGroup(server.db, net, { name: 'Valley Science Job-Alike', subject: 'Science' });
    await addToGroup(server.db, group, ana);
    await addToGroup(server.db, group, ben);
    const created = await server.gql<{ createUnit: { id: string } }>(
      CREATE_UNIT,
      { input: { groupId: group.id, title: 'Watersheds of the Upper Valley', subject: 'Science' } },
      { token: await signIn(server, ana.login) },
    );
    expect(created.errors).toBeUndefined();
    return { ana, ben, unitPath: `/n/${net.network.slug}/units/${created.data!.createUnit.id}` };
  }

  async function open(person: TestPerson, unitPath: string) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const editor = await openEditor(page, server.url, person.login, unitPath);
    return { ctx, page, editor };
  }

  it('remote caret label leaves the line above readable', async () => {
    const { ana, ben, unitPath } = await unitWithTwoAuthors();
    const a = await open(ana, unitPath);
    const b = await open(ben, unitPath);

    await a.editor.click();
    await a.page.keyboard.type('Rivers shape the valleys we live in.');
    await a.page.keyboard.press('Enter');
    await a.page.keyboard.type('Floods');
    await b.editor.getByText('Floods').waitFor();

    // Ben sees Ana's name by her caret for a moment…
    const caret = b.editor.locator('.collaboration-carets__caret');
    const label = caret.locator('.collaboration-carets__label', { hasText: 'Ana Alvarez' });
    await label.waitFor();
    const line = b.editor.getByText('Rivers shape the valleys we live in.');
    const [labelBox, lineBox] = [await label.boundingBox(), await line.boundingBox()];
    // (it sits where the line above is: that is why it must not stay)
    expect(labelBox!.y).toBeLessThan(lineBox!.y + lineBox!.height);
    // …then it fades and the line above is readable, while her caret stays.
    await eventually(
      () => opacity(label),
      (o) => o === '0',
      "Ana's name fades",
    );
    expect(await caret.count()).toBe(1);
    // Hovering the caret's flag names her again.
    await caret.locator('.collaboration-carets__flag').hover();
    await eventually(
      () => opacity(label),
      (o) => o === '1',
      "Ana's name on hover",
    );
    // Her name is always in the presence bar, for screen readers and keyboards.
    await b.page
      .getByRole('region', { name: 'Who is here' })
      .getByRole('listitem')
      .filter({ hasText: 'Ana Alvarez' })
      .getByText('in Understandings')
      .waitFor();
    await a.ctx.close();
    await b.ctx.close();
  }, 120_000);

  it('only the section the author is in shows its formats as on', async () => {
    const { ana, unitPath } = await unitWithTwoAuthors();
    const a = await open(ana, unitPath);
    const bold = (section: string) =>
      a.page.getByRole('toolbar', { name: `${section} formatting` }).getByRole('button', { name: 'Bold' });

    await a.editor.click();
    await a.page.keyboard.press('Control+B');
    await a.page.keyboard.type('Water always wins');
    await eventually(
      () => bold('Understandings').getAttribute('aria-pressed'),
      (p) => p === 'true',
      'Bold on',
    );

    // Ana moves to another section: the first one's toolbar looks neutral, though its selection is
    // still in bold text.
    await a.page.getByRole('textbox', { name: 'Essential questions', exact: true }).click();
    await eventually(
      () => bold('Understandings').getAttribute('aria-pressed'),
      (p) => p === 'false',
      'neutral',
    );
    expect(await bold('Essential questions').getAttribute('aria-pressed')).toBe('false');
    expect(await bold('Understandings').evaluate((el) => el.getAttribute('data-variant'))).toBe('default');

    // Back in the bold text, it shows Bold on again.
    await a.editor.getByText('Water always wins').click();
    await eventually(
      () => bold('Understandings').getAttribute('aria-pressed'),
      (p) => p === 'true',
      'Bold on again',
    );
    await a.ctx.close();
  }, 120_000);

  it('offline author sees Publish and comments wait for a connection', async () => {
    const { ana, unitPath } = await unitWithTwoAuthors();
    const a = await open(ana, unitPath);
    const publish = a.page.getByRole('button', { name: 'Publish', exact: true });
    const archive = a.page.getByRole('button', { name: 'Archive', exact: true });
    const addComment = a.page.getByRole('button', { name: 'Add comment' });
    await publish.waitFor();
    await addComment.waitFor();
    expect(await publish.getAttribute('aria-disabled')).toBeNull();

    await a.ctx.setOffline(true);
    for (const button of [publish, archive, addComment]) {
      await eventually(
        () => button.getAttribute('aria-disabled'),
        (d) => d === 'true',
        'disabled while offline',
      );
      // The reason is read with the button, which keyboards still reach.
      const described = await button.getAttribute('aria-describedby');
      expect(await a.page.locator(`[id="${described}"]`).textContent()).toBe('Needs a connection');
      await button.focus();
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    }
    await expect(a.page.getByText('Needs a connection').first().isVisible()).resolves.toBe(true);
    // Clicking anyway (Playwright would wait for an enabled button) does nothing: no confirmation,
    // no comment sent.
    await publish.click({ force: true });
    await a.page.getByLabel('Comment', { exact: true }).fill('Could we add a field trip to the river?');
    await addComment.click({ force: true });
    expect(await a.page.getByRole('dialog').count()).toBe(0);
    expect(await a.page.getByLabel('Comment', { exact: true }).inputValue()).toBe(
      'Could we add a field trip to the river?',
    );

    // Back online: they work again.
    await a.ctx.setOffline(false);
    await eventually(
      () => publish.getAttribute('aria-disabled'),
      (d) => d === null,
      'enabled online',
    );
    await addComment.click();
    await a.page.getByText('Could we add a field trip to the river?').last().waitFor();
    await eventually(
      () => a.page.getByLabel('Comment', { exact: true }).inputValue(),
      (v) => v === '',
      'comment sent',
    );
    await publish.click();
    await a.page.getByRole('dialog', { name: /Publish/ }).waitFor();
    await a.ctx.close();
  }, 120_000);
});
