import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import { createNetwork, createPerson, PASSWORD, signIn } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

describe('onboarding in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('coordinator-invites-a-teacher-who-accepts-from-the-outbox-link-and-a-student-joins-with-the-code', async () => {
    const net = await createNetwork(server.db);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR', { name: 'Casey Coordinator' });
    const teacherEmail = `new-teacher-${Date.now()}@example.org`;

    // The coordinator signs in and invites a teacher.
    const coordCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await coordCtx.newPage();
    await signInThroughPage(page, server.url, coordinator.login, PASSWORD);
    await page.getByRole('link', { name: 'People' }).first().click();
    await page.getByRole('button', { name: 'Invite someone' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill(teacherEmail);
    await dialog.getByLabel('Role').selectOption({ label: 'Teacher' });
    await dialog.getByLabel('School').selectOption({ label: net.schools[0].name });
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    // No mail server in tests: the dialog says so truthfully and shows the link to copy.
    await dialog.getByText('No email server is set up, so copy the link below').waitFor();
    const shownLink = await dialog.getByLabel(`Invitation link for ${teacherEmail}`).inputValue();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The outbox shows the email with its link.
    await page.getByRole('link', { name: 'Outbox' }).first().click();
    await page.getByRole('heading', { name: 'Outbox' }).waitFor();
    await page.getByText(teacherEmail).first().waitFor();
    const message = await server.db.getRepository(OutboxMessage).findOneByOrFail({ toAddress: teacherEmail });
    const link = message.link!.replace('http://switchback.test', server.url);
    expect(await page.locator(`a[href="${message.link}"]`).count()).toBeGreaterThan(0);
    expect(shownLink).toBe(message.link);
    await coordCtx.close();

    // The teacher follows the link, accepts, and lands signed in.
    const teacherCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tpage = await teacherCtx.newPage();
    await tpage.goto(link);
    await tpage.getByRole('heading', { name: `Join ${net.network.name}` }).waitFor();
    await tpage.getByLabel('Your name').fill('Terry Teacher');
    await tpage.getByLabel('Password', { exact: true }).fill('a good long password');
    await tpage.getByRole('button', { name: 'Accept invitation' }).click();
    await tpage.getByText('Welcome, Terry Teacher').first().waitFor();

    // The teacher signs in again later with the new password, and creates a class.
    await teacherCtx.clearCookies();
    await signInThroughPage(tpage, server.url, teacherEmail, 'a good long password');
    await tpage.getByRole('link', { name: 'Classes' }).first().click();
    await tpage.getByLabel('Class name').fill('Biology 9');
    await tpage.getByRole('combobox', { name: 'Subject' }).fill('Science');
    await tpage.keyboard.press('Escape');
    await tpage.getByLabel('Grade level').selectOption('9');
    await tpage.getByRole('button', { name: 'Create class' }).click();
    await tpage.getByTestId('join-code').waitFor();
    const [row] = await server.db.query('SELECT join_code FROM class WHERE name = $1 AND network_id = $2', [
      'Biology 9',
      net.network.id,
    ]);
    const code: string = row.join_code;
    await tpage
      .getByText(`${code.slice(0, 4)}-${code.slice(4)}`)
      .first()
      .waitFor();
    await teacherCtx.close();

    // A student joins with the code and sees the class.
    const studentCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const spage = await studentCtx.newPage();
    await spage.goto(`${server.url}/join`);
    await spage.getByRole('heading', { name: 'Join a class' }).waitFor();
    await spage.getByLabel('Join code').fill(code.toLowerCase());
    await spage.getByLabel('Username').fill(`kid${Date.now()}`);
    await spage.getByLabel('Your name').fill('Sky Student');
    await spage.getByLabel('Password', { exact: true }).fill('student password');
    await spage.getByRole('button', { name: 'Join class' }).click();
    await spage.getByText('Biology 9').first().waitFor();
    await studentCtx.close();

    const [enrolled] = await server.db.query(
      `SELECT count(*)::int AS n FROM enrollment e JOIN class c ON c.id = e.class_id WHERE c.join_code = $1`,
      [code],
    );
    expect(enrolled.n).toBe(1);
  }, 120_000);

  it('a-teacher-of-another-network-signs-in-to-accept-and-comes-back-to-the-invitation', async () => {
    const home = await createNetwork(server.db);
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, home, 'TEACHER', { name: 'Tess Twonetworks' });
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const invited = await server.gql(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      { input: { networkId: net.network.id, email: teacher.login, role: 'TEACHER', schoolId: net.schools[0].id } },
      { token: await signIn(server, coordinator.login) },
    );
    expect(invited.errors).toBeUndefined();
    const message = await server.db
      .getRepository(OutboxMessage)
      .findOneByOrFail({ toAddress: teacher.login, kind: 'INVITATION' });
    const link = message.link!.replace('http://switchback.test', server.url);

    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: `Join ${net.network.name}` }).waitFor();
    // The page does not know (and does not say) whether the email has an account: both ways are offered.
    await page.getByText('New to Switchback? Create your account').waitFor();
    await page.getByRole('link', { name: 'Sign in to accept' }).click();

    // The normal sign-in page, which brings the teacher back to the invitation.
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email or username').fill(teacher.login);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: `Join ${net.network.name}` }).waitFor();
    await page.getByText('You are signed in with the invited email').waitFor();
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.getByText('Welcome, Tess Twonetworks').first().waitFor();
    await ctx.close();

    const memberships = await server.db.getRepository(Membership).findBy({ userId: teacher.user.id });
    expect(memberships.map((m) => m.networkId).sort()).toEqual([home.network.id, net.network.id].sort());
  }, 120_000);
});
