import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { OIDC_SIGN_IN_ERRORS } from '@switchback/shared';
import { User } from '../../server/src/auth/user.entity.js';
import { OidcLink } from '../../server/src/auth/oidc/oidc-link.entity.js';
import { createClass, createNetwork, createPerson, PASSWORD, signIn, type TestNetwork } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { RedirectWalker, startOpenIdProvider, type TestOpenIdProvider } from '../support/openid-provider.js';
import { resetLinkLog } from '../support/reset-links.js';

const PUBLIC_URL = 'http://switchback.test';

const SETTINGS = `query($n: ID!) { signInProviders(networkId: $n) {
  networkId providers { provider label configured enabled redirectUri envVariables } schools { schoolId schoolName domains } } }`;
const ENABLE = `mutation($input: SetSignInProviderInput!) { setSignInProvider(input: $input) { providers { provider enabled } } }`;
const DOMAINS = `mutation($input: SetSchoolEmailDomainsInput!) { setSchoolEmailDomains(input: $input) { schools { schoolId domains } } }`;
const SET_CLASS = `mutation($input: SetClassSignInProviderInput!) { setClassSignInProvider(input: $input) { classId provider available } }`;
const ME = `{ me { id email username displayName } }`;

/**
 * Sign in with Google and Microsoft against a real OpenID provider (oidc-provider, its own keys, on
 * port 0) driven like a browser: redirects followed by hand, cookies kept per host, the provider's
 * login completed through its interaction API.
 */
describe('school accounts sign in with Google and Microsoft', () => {
  let server: TestServer;
  let op: TestOpenIdProvider;
  const log = resetLinkLog();

  beforeAll(async () => {
    op = await startOpenIdProvider([
      `${PUBLIC_URL}/auth/oidc/google/callback`,
      `${PUBLIC_URL}/auth/oidc/microsoft/callback`,
    ]);
    server = await startServer({
      PUBLIC_URL,
      GOOGLE_CLIENT_ID: op.clientId,
      GOOGLE_CLIENT_SECRET: op.clientSecret,
      OIDC_GOOGLE_ISSUER: op.issuer,
      MICROSOFT_CLIENT_ID: op.clientId,
      MICROSOFT_CLIENT_SECRET: op.clientSecret,
      OIDC_MICROSOFT_ISSUER: op.issuer,
    });
    log.start();
  });
  afterAll(async () => {
    log.stop();
    await server?.close();
    await op?.close();
  });

  const browser = () => new RedirectWalker(PUBLIC_URL, server.url);
  const landing = (visited: string[]) => {
    const u = new URL(visited[visited.length - 1], server.url);
    return u.pathname + u.search;
  };
  const asCookie = (b: RedirectWalker) => ({ cookie: `sb_session=${b.appCookie('sb_session')}` });

  /** A network with Google (and Microsoft) enabled and a domain for its first school, set through the API. */
  async function schoolNetwork(providers: ('GOOGLE' | 'MICROSOFT')[] = ['GOOGLE']) {
    const net = await createNetwork(server.db, 2);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const token = await signIn(server, coordinator.login);
    const domain = `s${randomUUID().slice(0, 8)}.k12.example`;
    for (const provider of providers) {
      const on = await server.gql(ENABLE, { input: { networkId: net.network.id, provider, enabled: true } }, { token });
      expect(on.errors).toBeUndefined();
    }
    const set = await server.gql(
      DOMAINS,
      { input: { networkId: net.network.id, schoolId: net.schools[0].id, domains: [` @${domain.toUpperCase()} `] } },
      { token },
    );
    expect(set.errors).toBeUndefined();
    return { net, coordinator, token, domain };
  }

  async function teacherWithEmail(net: TestNetwork, email: string) {
    const teacher = await createPerson(server.db, net, 'TEACHER');
    await server.db.getRepository(User).update(teacher.user.id, { email });
    return { ...teacher, login: email };
  }

  it('an adult links their account by signing in once with the password, then signs in with Google', async () => {
    const { net, domain } = await schoolNetwork();
    const teacher = await teacherWithEmail(net, `ana@${domain}`);
    const sub = `google-${randomUUID()}`;
    op.signInAs({ sub, email: `Ana@${domain}`, email_verified: true, name: 'Ana' });

    // Not signed in yet: the existing account waits for proof.
    const b = browser();
    expect(landing(await b.follow(`${server.url}/auth/oidc/google/start`))).toBe('/sign-in?oidc=link-pending');
    expect(b.appCookie('sb_session')).toBeUndefined();
    expect(await server.db.getRepository(OidcLink).countBy({ subject: sub })).toBe(0);

    // The password sign-in in the same browser completes the link.
    const pending = b.appCookie('sb_oidc_link')!;
    const res = await server.gql(
      `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
      { input: { login: teacher.login, password: PASSWORD } },
      { cookie: `sb_oidc_link=${pending}` },
    );
    expect(res.errors).toBeUndefined();
    expect(await server.db.getRepository(OidcLink).countBy({ subject: sub, userId: teacher.user.id })).toBe(1);

    // From now on the provider account signs in directly (a new browser).
    const next = browser();
    expect(landing(await next.follow(`${server.url}/auth/oidc/google/start?next=/n/${net.network.slug}`))).toBe(
      `/n/${net.network.slug}`,
    );
    const me = await server.gql<{ me: { id: string } }>(ME, {}, asCookie(next));
    expect(me.data!.me.id).toBe(teacher.user.id);

    const audit = await server.db.query(
      `SELECT action, data FROM audit_event WHERE network_id = $1 ORDER BY created_at`,
      [net.network.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['sign_in_provider.enable', 'school.email_domains', 'account.link_school_account']),
    );
  });

  it('the emailed link links the account too; a password sign-in elsewhere does not', async () => {
    const { net, domain } = await schoolNetwork();
    const teacher = await teacherWithEmail(net, `ben@${domain}`);
    const sub = `google-${randomUUID()}`;
    op.signInAs({ sub, email: `ben@${domain}`, email_verified: true });

    expect(landing(await browser().follow(`${server.url}/auth/oidc/google/start`))).toBe('/sign-in?oidc=link-pending');
    // A password sign-in from another browser (no waiting link there) links nothing.
    await signIn(server, teacher.login);
    expect(await server.db.getRepository(OidcLink).countBy({ subject: sub })).toBe(0);
    // Signing in with Google again is still refused until proven.
    expect(landing(await browser().follow(`${server.url}/auth/oidc/google/start`))).toBe('/sign-in?oidc=link-pending');

    const lines = await waitForLine(() => log.linesAbout(`ACCOUNT_LINK email to ben@${domain} `));
    const token = /\/auth\/oidc-link\/([A-Za-z0-9_-]+)/.exec(lines[lines.length - 1])![1];
    // The emailed link is a page with one button; opening it changes nothing.
    const page = await fetch(`${server.url}/auth/oidc-link/${token}`);
    expect(await page.text()).toContain('Link my school account');
    expect(await server.db.getRepository(OidcLink).countBy({ subject: sub })).toBe(0);
    const confirm = await fetch(`${server.url}/auth/oidc-link/${token}`, { method: 'POST', redirect: 'manual' });
    expect(confirm.headers.get('location')).toBe('/sign-in?oidc=linked');
    expect(await server.db.getRepository(OidcLink).countBy({ subject: sub, userId: teacher.user.id })).toBe(1);
    // Once only.
    const again = await fetch(`${server.url}/auth/oidc-link/${token}`, { method: 'POST', redirect: 'manual' });
    expect(again.headers.get('location')).toBe('/sign-in?oidc=link-expired');

    const b = browser();
    expect(landing(await b.follow(`${server.url}/auth/oidc/google/start`))).toBe('/');
    expect((await server.gql<{ me: { id: string } }>(ME, {}, asCookie(b))).data!.me.id).toBe(teacher.user.id);
  });

  it('refuses a wrong domain, an unverified email and a new adult without an invitation, with sentences', async () => {
    const { net, domain } = await schoolNetwork();
    await teacherWithEmail(net, `cal@${domain}`);
    const go = async (account: Parameters<TestOpenIdProvider['signInAs']>[0], provider = 'google') => {
      op.signInAs(account);
      const b = browser();
      const where = landing(await b.follow(`${server.url}/auth/oidc/${provider}/start`));
      expect(b.appCookie('sb_session')).toBeUndefined();
      return where;
    };
    expect(await go({ sub: randomUUID(), email: `cal@other-${domain}`, email_verified: true })).toBe(
      '/sign-in?oidc=wrong-domain',
    );
    expect(await go({ sub: randomUUID(), email: `cal@evil${domain}`, email_verified: true })).toBe(
      '/sign-in?oidc=wrong-domain',
    );
    expect(await go({ sub: randomUUID(), email: `cal@${domain}`, email_verified: false })).toBe(
      '/sign-in?oidc=unverified',
    );
    expect(await go({ sub: randomUUID(), email: `new-person@${domain}`, email_verified: true })).toBe(
      '/sign-in?oidc=no-account',
    );
    // Microsoft is not enabled in this network: its domain does not sign in with it.
    expect(await go({ sub: randomUUID(), email: `cal@${domain}`, xms_edov: true }, 'microsoft')).toBe(
      '/sign-in?oidc=wrong-domain',
    );
    expect(OIDC_SIGN_IN_ERRORS['wrong-domain']).toMatch(/school account/);
  });

  it('takes a Microsoft email only when the tenant owns its domain (xms_edov)', async () => {
    const { net, domain } = await schoolNetwork(['MICROSOFT']);
    await teacherWithEmail(net, `dee@${domain}`);
    op.signInAs({ sub: randomUUID(), email: `dee@${domain}` });
    expect(landing(await browser().follow(`${server.url}/auth/oidc/microsoft/start`))).toBe('/sign-in?oidc=unverified');
    op.signInAs({ sub: randomUUID(), email: `dee@${domain}`, xms_edov: true });
    expect(landing(await browser().follow(`${server.url}/auth/oidc/microsoft/start`))).toBe(
      '/sign-in?oidc=link-pending',
    );
  });

  it('a student joins a Google class with its code once, then signs in with Google only; no email is kept', async () => {
    const { net, domain } = await schoolNetwork();
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const cls = await createClass(server.db, net, teacher);
    const teacherToken = await signIn(server, teacher.login);
    const studentEmail = `dana.student@${domain}`;
    const sub = `google-${randomUUID()}`;
    op.signInAs({ sub, email: studentEmail, email_verified: true, name: 'Dana Student' });

    // Before the teacher sets the class, the code does not join with Google.
    expect(
      landing(await browser().follow(`${server.url}/auth/oidc/google/start?intent=join&code=${cls.joinCode}`)),
    ).toBe('/sign-in?oidc=class-not-set');
    const set = await server.gql(
      SET_CLASS,
      { input: { classId: cls.id, provider: 'GOOGLE' } },
      { token: teacherToken },
    );
    expect(set.data).toEqual({ setClassSignInProvider: { classId: cls.id, provider: 'GOOGLE', available: true } });

    const joined = browser();
    expect(landing(await joined.follow(`${server.url}/auth/oidc/google/start?intent=join&code=${cls.joinCode}`))).toBe(
      '/',
    );
    const me = await server.gql<{ me: { id: string; email: string | null; displayName: string } }>(
      ME,
      {},
      asCookie(joined),
    );
    expect(me.data!.me).toMatchObject({ email: null, displayName: 'Dana Student' });
    const roster = await server.gql<{ classRoster: { studentId: string }[] }>(
      `query($c: ID!) { classRoster(classId: $c) { studentId displayName username } }`,
      { c: cls.id },
      { token: teacherToken },
    );
    expect(roster.data!.classRoster.map((r) => r.studentId)).toEqual([me.data!.me.id]);
    expect(JSON.stringify(roster)).not.toContain(studentEmail);

    // Later, on another device: the school account alone signs in.
    const later = browser();
    expect(landing(await later.follow(`${server.url}/auth/oidc/google/start`))).toBe('/');
    expect((await server.gql<{ me: { id: string } }>(ME, {}, asCookie(later))).data!.me.id).toBe(me.data!.me.id);

    // The student's school email is stored nowhere.
    const found = await server.db.query(
      `SELECT (SELECT count(*)::int FROM "user" WHERE email = $1) + (SELECT count(*)::int FROM audit_event WHERE data::text LIKE '%' || $1 || '%') AS n`,
      [studentEmail],
    );
    expect(found[0].n).toBe(0);

    // Another school's account does not join this class.
    op.signInAs({ sub: randomUUID(), email: `eve@other-${domain}`, email_verified: true });
    expect(
      landing(await browser().follow(`${server.url}/auth/oidc/google/start?intent=join&code=${cls.joinCode}`)),
    ).toBe('/sign-in?oidc=wrong-school');
  });

  it('a signed-in student binds their school account from their page', async () => {
    const { net, domain } = await schoolNetwork();
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT');
    const cls = await createClass(server.db, net, teacher, [student]);
    await server.gql(
      SET_CLASS,
      { input: { classId: cls.id, provider: 'GOOGLE' } },
      { token: await signIn(server, teacher.login) },
    );
    const studentToken = await signIn(server, student.login);
    const accounts = `query($n: ID!) { mySchoolAccounts(networkId: $n) { provider label linked } }`;
    expect((await server.gql(accounts, { n: net.network.id }, { token: studentToken })).data).toEqual({
      mySchoolAccounts: [{ provider: 'GOOGLE', label: 'Google', linked: false }],
    });

    const sub = `google-${randomUUID()}`;
    op.signInAs({ sub, email: `fin@${domain}`, email_verified: true });
    const b = browser();
    b.cookies.set(new URL(server.url).host, new Map([['sb_session', studentToken]]));
    expect(landing(await b.follow(`${server.url}/auth/oidc/google/start?intent=bind`))).toBe('/');
    expect((await server.gql(accounts, { n: net.network.id }, { token: studentToken })).data).toEqual({
      mySchoolAccounts: [{ provider: 'GOOGLE', label: 'Google', linked: true }],
    });
    const later = browser();
    expect(landing(await later.follow(`${server.url}/auth/oidc/google/start`))).toBe('/');
    expect((await server.gql<{ me: { id: string } }>(ME, {}, asCookie(later))).data!.me.id).toBe(student.user.id);
  });

  it('refuses a replayed callback, and a callback in a browser that did not start the sign-in', async () => {
    const { net, domain } = await schoolNetwork();
    const teacher = await teacherWithEmail(net, `gil@${domain}`);
    const sub = `google-${randomUUID()}`;
    await server.db.getRepository(OidcLink).insert({ provider: 'GOOGLE', subject: sub, userId: teacher.user.id });
    op.signInAs({ sub, email: `gil@${domain}`, email_verified: true });

    const b = browser();
    const appHost = new URL(server.url).host;
    const start = await b.request(`${server.url}/auth/oidc/google/start`);
    const state = b.cookies.get(appHost)!.get('sb_oidc_state')!;
    const visited = await b.follow(start.headers.get('location')!);
    const callback = visited.find((u) => u.includes('/auth/oidc/google/callback?'))!;
    expect(landing(visited)).toBe('/');
    expect(b.appCookie('sb_session')).toBeDefined();

    // The same callback again, with the state cookie it had: the flow was used.
    const replay = await fetch(new URL(new URL(callback).pathname + new URL(callback).search, server.url), {
      headers: { cookie: `sb_oidc_state=${state}` },
      redirect: 'manual',
    });
    expect(replay.headers.get('location')).toBe('/sign-in?oidc=expired');
    expect(replay.headers.getSetCookie().some((c) => c.startsWith('sb_session='))).toBe(false);

    // A fresh callback carried to a browser without its state cookie (a planted sign-in) is refused.
    const other = browser();
    const started = await other.request(`${server.url}/auth/oidc/google/start`);
    const planted = await other.follow(started.headers.get('location')!, {}, 12);
    void planted;
    const victim = await fetch(
      new URL(
        new URL(planted.find((u) => u.includes('/callback?'))!).pathname +
          new URL(planted.find((u) => u.includes('/callback?'))!).search,
        server.url,
      ),
      { redirect: 'manual' },
    );
    expect(victim.headers.get('location')).toBe('/sign-in?oidc=expired');
  });

  it("keeps a network's settings from other networks and never answers with a secret", async () => {
    const { net, token } = await schoolNetwork(['GOOGLE', 'MICROSOFT']);
    const other = await createNetwork(server.db, 1);
    const otherCoordinator = await createPerson(server.db, other, 'COORDINATOR');
    const otherToken = await signIn(server, otherCoordinator.login);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const teacherToken = await signIn(server, teacher.login);
    const input = { networkId: net.network.id, provider: 'GOOGLE', enabled: false };
    const domains = { networkId: net.network.id, schoolId: net.schools[1].id, domains: ['taken.example'] };

    for (const [query, variables] of [
      [SETTINGS, { n: net.network.id }],
      [ENABLE, { input }],
      [DOMAINS, { input: domains }],
    ] as const) {
      expect(errorCode(await server.gql(query, variables, { token: otherToken }))).toBe('NOT_FOUND');
      expect(errorCode(await server.gql(query, variables, { token: teacherToken }))).toBe('FORBIDDEN');
    }
    const settings = await server.gql<{ signInProviders: { providers: { enabled: boolean }[] } }>(
      SETTINGS,
      { n: net.network.id },
      { token },
    );
    expect(settings.data!.signInProviders.providers.every((p) => p.enabled)).toBe(true);

    const answers = [
      settings,
      await server.gql(`{ signInProviderOptions { provider label } }`),
      await server.gql(ENABLE, { input: { ...input, enabled: true } }, { token }),
      await server.gql(
        `query($n: ID!) { auditLog(networkId: $n) { nodes { action } } }`,
        { n: net.network.id },
        { token },
      ),
    ];
    for (const a of answers) {
      expect(a.errors).toBeUndefined();
      expect(JSON.stringify(a.data)).not.toContain(op.clientSecret);
    }
    expect((answers[1].data as { signInProviderOptions: unknown }).signInProviderOptions).toEqual([
      { provider: 'GOOGLE', label: 'Google' },
      { provider: 'MICROSOFT', label: 'Microsoft' },
    ]);
    const stored = await server.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE data::text LIKE '%' || $1 || '%'`,
      [op.clientSecret],
    );
    expect(stored[0].n).toBe(0);
  });

  it('says clearly when a domain is not an email domain or belongs to another school', async () => {
    const { net, token, domain } = await schoolNetwork();
    const bad = await server.gql(
      DOMAINS,
      { input: { networkId: net.network.id, schoolId: net.schools[1].id, domains: ['not a domain'] } },
      { token },
    );
    expect(bad.errors![0].message).toMatch(/is not an email domain/);
    const taken = await server.gql(
      DOMAINS,
      { input: { networkId: net.network.id, schoolId: net.schools[1].id, domains: [domain] } },
      { token },
    );
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors![0].message).toContain(net.schools[0].name);
  });
});

async function waitForLine(read: () => string[], ms = 10_000): Promise<string[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const lines = read();
    if (lines.length) return lines;
    if (Date.now() > deadline) throw new Error('no line in the server log');
    await new Promise((r) => setTimeout(r, 50));
  }
}
