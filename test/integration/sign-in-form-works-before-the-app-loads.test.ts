import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SIGN_IN_FORM_ERRORS } from '@switchback/shared';
import { Session } from '../../server/src/auth/session.entity.js';
import { createNetwork, createPerson, PASSWORD } from '../support/factories.js';
import { randomIp, startServer, type TestServer } from '../support/harness.js';

const ACCOUNT_LIMIT = 3;

/**
 * The first page of /sign-in holds a plain HTML form (client/build/first-paint.ts) that posts to
 * /api/sign-in, so a person on a slow link signs in before the app's code arrives. A small built
 * client stands in for client/dist; the server under test is the real one.
 */
describe('the sign-in form works before the app loads', () => {
  let server: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<html><body><div id="root">Loading</div></body></html>');
    fs.writeFileSync(
      path.join(dist, 'sign-in.html'),
      '<html><body><div id="root"><!--sign-in-error--><form method="post" action="/api/sign-in">' +
        '<input type="hidden" name="next" value="__SIGN_IN_NEXT__" /></form></div></body></html>',
    );
    server = await startServer({ SIGN_IN_ACCOUNT_LIMIT: String(ACCOUNT_LIMIT) }, { clientDist: dist });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        'x-forwarded-for': server.ip,
        ...headers,
      },
      body: new URLSearchParams(fields).toString(),
    });

  it('a-newcomer-at-the-root-goes-straight-to-the-sign-in-page-and-it-carries-next-and-the-error', async () => {
    const root = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/sign-in');

    const page = await fetch(`${server.url}/sign-in?next=${encodeURIComponent('/invitations/abc')}&error=mismatch`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    expect(html).toContain('name="next" value="/invitations/abc"');
    expect(html).toContain(SIGN_IN_FORM_ERRORS.mismatch);
    // Other routes still get the app's own page.
    expect(await (await fetch(`${server.url}/join`)).text()).toContain('Loading');
  });

  it('right-credentials-set-the-session-cookie-and-go-to-next', async () => {
    const teacher = await createPerson(server.db, await createNetwork(server.db), 'TEACHER');
    const res = await post({ login: ` ${teacher.login} `, password: PASSWORD, next: '/invitations/xyz' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/invitations/xyz');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sb_session=[^;]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(await server.db.getRepository(Session).countBy({ userId: teacher.user.id })).toBe(1);

    // The cookie is a real session: the API knows who this is, and / now leads into the app.
    const session = cookie.split(';')[0];
    const me = await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { cookie: session });
    expect(me.data?.me.id).toBe(teacher.user.id);
    const root = await fetch(`${server.url}/`, { redirect: 'manual', headers: { cookie: session } });
    expect(root.status).toBe(200);

    // A next path that leaves the site is not followed.
    const away = await post({ login: teacher.login, password: PASSWORD, next: '//evil.example/' });
    expect(away.headers.get('location')).toBe('/');
  });

  it('refusals-come-back-to-the-sign-in-page-with-a-reason-and-no-session', async () => {
    const teacher = await createPerson(server.db, await createNetwork(server.db), 'TEACHER');
    const back = async (res: Response) => {
      expect(res.status).toBe(303);
      expect(res.headers.get('set-cookie')).toBeNull();
      return new URL(res.headers.get('location') ?? '', server.url);
    };
    const wrong = await back(await post({ login: teacher.login, password: 'not it', next: '/join' }));
    expect(wrong.pathname).toBe('/sign-in');
    expect(Object.fromEntries(wrong.searchParams)).toEqual({ error: 'mismatch', next: '/join' });
    expect((await back(await post({ login: '', password: PASSWORD }))).searchParams.get('error')).toBe('missing');

    // From a page of another site (as browsers tell it: Sec-Fetch-Site, or Origin in older ones):
    // refused before the password is even checked.
    const forged = await back(
      await post({ login: teacher.login, password: PASSWORD }, { 'sec-fetch-site': 'cross-site' }),
    );
    expect(forged.searchParams.get('error')).toBe('origin');
    const older = await fetch(`${server.url}/api/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ login: teacher.login, password: PASSWORD }).toString(),
    });
    expect((await back(older)).searchParams.get('error')).toBe('origin');
    expect(await server.db.getRepository(Session).countBy({ userId: teacher.user.id })).toBe(0);
  });

  it('the-form-counts-against-the-same-attempt-limit-as-the-app', async () => {
    const teacher = await createPerson(server.db, await createNetwork(server.db), 'TEACHER');
    const ip = randomIp();
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      const res = await post({ login: teacher.login, password: 'guess' }, { 'x-forwarded-for': ip });
      expect(res.headers.get('location')).toBe('/sign-in?error=mismatch');
    }
    // Even the right password is refused now, by the form and by the API alike.
    const limited = await post({ login: teacher.login, password: PASSWORD }, { 'x-forwarded-for': ip });
    expect(limited.headers.get('location')).toBe('/sign-in?error=limited');
    const api = await server.gql(
      'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      { input: { login: teacher.login, password: PASSWORD } },
      { ip },
    );
    expect(api.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});
