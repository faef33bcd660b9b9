import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { CLAIMS, ROLES, setCookies, startPlatform, type TestPlatform } from '../support/lti-platform.js';
import { openExchange, twoSchools, type TwoSchools } from '../support/peer-feedback.js';

const LAUNCH = 'http://switchback.test/lti/launch';
const REGISTER = `mutation($i: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $i) { id name deploymentIds } }`;

/**
 * Switchback as an LTI 1.3 tool, launched by an LMS simulated here (its own keys, its key set on
 * port 0, signed with jose): login initiation, id token, deep linking answered with a response the
 * platform verifies against /.well-known/jwks.json, a student's launch landing on the exchange, and
 * the tokens a tool must refuse.
 */
describe('LTI launches sign people in, deep link exchanges and refuse forged tokens', () => {
  let server: TestServer;
  let lms: TestPlatform;
  let w: TwoSchools;
  let exchangeId: string;
  let platformId: string;
  let coordinatorToken: string;

  beforeAll(async () => {
    server = await startServer();
    lms = await startPlatform();
    w = await twoSchools(server, 1);
    exchangeId = await openExchange(server, w);
    const coordinator = await createPerson(server.db, w.net, 'COORDINATOR');
    coordinatorToken = await signIn(server, coordinator.login);
    const res = await server.gql<{ registerLtiPlatform: { id: string; deploymentIds: string[] } }>(
      REGISTER,
      {
        i: {
          networkId: w.net.network.id,
          name: 'District Canvas',
          issuer: lms.issuer,
          clientId: lms.clientId,
          deploymentIds: [lms.deploymentId],
          authLoginUrl: lms.authLoginUrl,
          authTokenUrl: lms.authTokenUrl,
          jwksUrl: lms.jwksUrl,
        },
      },
      { token: coordinatorToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerLtiPlatform.deploymentIds).toEqual([lms.deploymentId]);
    platformId = res.data!.registerLtiPlatform.id;
  });
  afterAll(async () => {
    await lms?.close();
    await server?.close();
  });

  /** Third-party initiated login: Switchback redirects to the platform's auth URL with state and nonce. */
  async function login(loginHint = 'hint-1') {
    const query = new URLSearchParams({
      iss: lms.issuer,
      login_hint: loginHint,
      target_link_uri: LAUNCH,
      client_id: lms.clientId,
      lti_deployment_id: lms.deploymentId,
    });
    const res = await fetch(`${server.url}/lti/login?${query}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe(lms.authLoginUrl);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: lms.clientId,
      redirect_uri: LAUNCH,
      login_hint: loginHint,
    });
    const state = to.searchParams.get('state')!;
    expect(setCookies(res).sb_lti_state).toBe(state);
    return { state, nonce: to.searchParams.get('nonce')! };
  }

  /** The platform's form post of the id token to the launch URL. */
  const launch = (idToken: string, state: string, cookieState: string | null = state) =>
    fetch(`${server.url}/lti/launch`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(cookieState ? { cookie: `sb_lti_state=${cookieState}` } : {}),
      },
      body: new URLSearchParams({ id_token: idToken, state }).toString(),
    });

  const me = async (session: string) =>
    (await server.gql<{ me: { id: string } | null }>(`{ me { id } }`, {}, { cookie: `sb_session=${session}` })).data!
      .me;

  let placedLink: string;
  const teacherSub = 'canvas-teacher-1';

  it('deep linking: the teacher picks the exchange and the platform gets a response signed with the public key set', async () => {
    const { state, nonce } = await login();
    const idToken = await lms.idToken(nonce, {
      sub: teacherSub,
      email: w.a.user.email!.toUpperCase(),
      name: 'Teacher Ashdown',
      [CLAIMS.messageType]: 'LtiDeepLinkingRequest',
      [CLAIMS.roles]: [ROLES.instructor],
      [CLAIMS.dlSettings]: {
        deep_link_return_url: lms.returnUrl,
        accept_types: ['ltiResourceLink'],
        accept_presentation_document_targets: ['iframe', 'window'],
        data: 'opaque-csrf-123',
      },
    });
    const res = await launch(idToken, state);
    expect(res.status).toBe(200);
    // The LMS may frame the picker (its pages are on https hosts other than its issuer, and here on http).
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors [^;]*https:/);
    expect(res.headers.get('content-security-policy')).toContain(lms.issuer);
    expect(res.headers.get('x-frame-options')).toBeNull();
    const session = setCookies(res).sb_session;
    expect((await me(session))?.id).toBe(w.a.user.id);
    const html = await res.text();
    expect(html).toContain('Should rural schools share teachers?');
    const picks = [...html.matchAll(/name="pick" value="([^"]+)"/g)].map((m) => m[1]);
    expect(picks.length).toBe(2); // the exchange (with the teacher's class) and the class itself
    const chosen = await fetch(`${server.url}/lti/deep-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ pick: picks[0] }).toString(),
    });
    expect(chosen.status).toBe(200);
    const answer = await chosen.text();
    expect(answer).toContain(`action="${lms.returnUrl}"`);
    const jwt = /name="JWT" value="([^"]+)"/.exec(answer)![1];

    // The platform verifies the response with Switchback's published key set.
    const keys = createRemoteJWKSet(new URL(`${server.url}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(jwt, keys, { issuer: lms.clientId, audience: lms.issuer });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload[CLAIMS.messageType]).toBe('LtiDeepLinkingResponse');
    expect(payload['https://purl.imsglobal.org/spec/lti/claim/version']).toBe('1.3.0');
    expect(payload[CLAIMS.deploymentId]).toBe(lms.deploymentId);
    expect(payload[CLAIMS.dlData]).toBe('opaque-csrf-123');
    const [item] = payload[CLAIMS.dlItems] as {
      type: string;
      url: string;
      title: string;
      custom: Record<string, string>;
      lineItem: { resourceId: string };
    }[];
    expect(item).toMatchObject({ type: 'ltiResourceLink', url: LAUNCH, lineItem: { resourceId: exchangeId } });
    placedLink = item.custom.switchback_link;
    expect(placedLink).toEqual(expect.any(String));
  });

  let studentToken: string;
  let studentId: string;

  it('full launch: a student opens the placed link, is signed in as a pseudonymous student of the class and lands on the exchange', async () => {
    const { state, nonce } = await login('student-hint');
    studentToken = await lms.idToken(nonce, {
      sub: 'canvas-student-7',
      given_name: 'Rowan',
      // An invisible character is dropped and the name kept (`usableName`, the rule of every LMS name).
      family_name: 'Pi\u200Bke',
      [CLAIMS.resourceLink]: { id: 'rl-essay-1', title: 'Peer feedback essay' },
      [CLAIMS.custom]: { switchback_link: placedLink },
      [CLAIMS.nrps]: {
        context_memberships_url: `${lms.issuer}/api/courses/101/names_and_roles`,
        service_versions: ['2.0'],
      },
      [CLAIMS.ags]: {
        scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'],
        lineitems: `${lms.issuer}/api/courses/101/line_items`,
        lineitem: `${lms.issuer}/api/courses/101/line_items/9`,
      },
    });
    const res = await launch(studentToken, state);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/n/${w.net.network.slug}/exchanges/${exchangeId}`);
    const session = setCookies(res).sb_session;
    studentId = (await me(session))!.id;
    const [user] = (await server.db.query(`SELECT email, username, display_name FROM "user" WHERE id = $1`, [
      studentId,
    ])) as { email: string | null; username: string; display_name: string }[];
    expect(user).toMatchObject({ email: null, display_name: 'Rowan Pike' });
    const enrolled = (await server.db.query(`SELECT 1 FROM enrollment WHERE class_id = $1 AND student_id = $2`, [
      w.classA.id,
      studentId,
    ])) as unknown[];
    expect(enrolled).toHaveLength(1);
    // The course's service endpoints are kept for roster and grade sync.
    const [context] = (await server.db.query(
      `SELECT c.class_id, c.nrps_url, c.ags_lineitems_url, c.ags_scopes, l.exchange_id, l.ags_lineitem_url
         FROM lti_context c JOIN lti_resource_link l ON l.context_id = c.id WHERE c.platform_id = $1`,
      [platformId],
    )) as Record<string, unknown>[];
    expect(context).toMatchObject({
      class_id: w.classA.id,
      nrps_url: `${lms.issuer}/api/courses/101/names_and_roles`,
      ags_lineitems_url: `${lms.issuer}/api/courses/101/line_items`,
      ags_scopes: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'],
      exchange_id: exchangeId,
      ags_lineitem_url: `${lms.issuer}/api/courses/101/line_items/9`,
    });
    // The student can open the exchange they landed on.
    const seen = await server.gql<{ exchange: { id: string } }>(
      `query($id: ID!) { exchange(id: $id) { id } }`,
      { id: exchangeId },
      { cookie: `sb_session=${session}` },
    );
    expect(seen.errors).toBeUndefined();
  });

  it('the same LMS student launching again is the same account, and the teacher lands on the exchange too', async () => {
    const again = await login('student-hint');
    const res = await launch(
      await lms.idToken(again.nonce, {
        sub: 'canvas-student-7',
        [CLAIMS.resourceLink]: { id: 'rl-essay-1' },
      }),
      again.state,
    );
    expect(res.status).toBe(303);
    expect((await me(setCookies(res).sb_session))!.id).toBe(studentId);
    const teacher = await login('teacher-hint');
    const t = await launch(
      await lms.idToken(teacher.nonce, {
        sub: teacherSub,
        [CLAIMS.roles]: [ROLES.instructor],
        [CLAIMS.resourceLink]: { id: 'rl-essay-1' },
      }),
      teacher.state,
    );
    expect(t.headers.get('location')).toBe(`/n/${w.net.network.slug}/exchanges/${exchangeId}`);
    expect((await me(setCookies(t).sb_session))!.id).toBe(w.a.user.id);
  });

  it('an instructor the network does not know is asked to see their coordinator, and no adult is created', async () => {
    const { state, nonce } = await login();
    const res = await launch(
      await lms.idToken(nonce, {
        email: 'stranger@example.org',
        [CLAIMS.roles]: [ROLES.instructor],
        [CLAIMS.resourceLink]: { id: 'rl-essay-1' },
      }),
      state,
    );
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Ask your Switchback coordinator');
    expect(setCookies(res).sb_session).toBeUndefined();
    expect(await server.db.query(`SELECT 1 FROM "user" WHERE email = 'stranger@example.org'`)).toHaveLength(0);
  });

  describe('refusals', () => {
    async function refused(res: Response, sentence: string) {
      const body = await res.text();
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(body).toContain(sentence);
      expect(body).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack
      expect(setCookies(res).sb_session).toBeUndefined();
    }
    const link = { [CLAIMS.resourceLink]: { id: 'rl-essay-1' }, sub: 'canvas-student-7' };

    it('wrong issuer', async () => {
      const { state, nonce } = await login();
      await refused(
        await launch(await lms.idToken(nonce, { ...link, iss: 'https://evil.example' }), state),
        'not issued by District Canvas',
      );
    });

    it('wrong audience', async () => {
      const { state, nonce } = await login();
      await refused(
        await launch(await lms.idToken(nonce, { ...link, aud: 'another-tool' }), state),
        'meant for another tool',
      );
    });

    it('an audience list naming Switchback whose authorized party is another tool', async () => {
      const { state, nonce } = await login();
      await refused(
        await launch(await lms.idToken(nonce, { ...link, aud: [lms.clientId, 'x'], azp: 'x' }), state),
        'meant for another tool',
      );
    });

    it('expired token', async () => {
      const { state, nonce } = await login();
      const hourAgo = Math.floor(Date.now() / 1000) - 3600;
      await refused(
        await launch(await lms.idToken(nonce, link, { iat: hourAgo - 300, expiresIn: hourAgo }), state),
        'has expired',
      );
    });

    it('replayed token and replayed nonce', async () => {
      const { state, nonce } = await login();
      const token = await lms.idToken(nonce, link);
      expect((await launch(token, state)).status).toBe(303);
      // The same post again: the state was used.
      await refused(await launch(token, state), 'already used');
      // A new login, but the old token (its nonce is the old login's).
      const fresh = await login();
      await refused(await launch(token, fresh.state), 'nonce does not match');
    });

    it('wrong deployment', async () => {
      const { state, nonce } = await login();
      await refused(
        await launch(await lms.idToken(nonce, { ...link, [CLAIMS.deploymentId]: 'someone-elses' }), state),
        'is not registered',
      );
    });

    it('a token signed by another key', async () => {
      const other = await startPlatform();
      try {
        const { state, nonce } = await login();
        const forged = await other.idToken(nonce, {
          ...link,
          iss: lms.issuer,
          aud: lms.clientId,
          [CLAIMS.deploymentId]: lms.deploymentId,
        });
        await refused(await launch(forged, state), 'not signed with the keys of District Canvas');
      } finally {
        await other.close();
      }
    });

    it('a launch without the login cookie of this browser', async () => {
      const { state, nonce } = await login();
      await refused(await launch(await lms.idToken(nonce, link), state, null), 'did not start this sign-in');
    });

    it('a login from an LMS nobody connected', async () => {
      const res = await fetch(
        `${server.url}/lti/login?${new URLSearchParams({ iss: 'https://unknown.example', login_hint: 'x', target_link_uri: LAUNCH })}`,
        { redirect: 'manual' },
      );
      await refused(res, 'not connected to Switchback');
    });
  });

  it("another network's coordinator gets NOT_FOUND for this network's platforms; a teacher may look but not change", async () => {
    const other = await createNetwork(server.db, 1);
    const outsider = await signIn(server, (await createPerson(server.db, other, 'COORDINATOR')).login);
    const list = `query($n: ID!) { ltiPlatforms(networkId: $n) { id } }`;
    expect(errorCode(await server.gql(list, { n: w.net.network.id }, { token: outsider }))).toBe('NOT_FOUND');
    const remove = `mutation($id: ID!) { removeLtiPlatform(id: $id) }`;
    expect(errorCode(await server.gql(remove, { id: platformId }, { token: outsider }))).toBe('NOT_FOUND');
    const seen = await server.gql<{ ltiPlatforms: { id: string }[] }>(
      list,
      { n: w.net.network.id },
      { token: w.a.token },
    );
    expect(seen.data!.ltiPlatforms.map((p) => p.id)).toEqual([platformId]);
    expect(errorCode(await server.gql(remove, { id: platformId }, { token: w.a.token }))).toBe('FORBIDDEN');
    const bad = await server.gql(
      REGISTER,
      {
        i: {
          networkId: w.net.network.id,
          name: 'Moodle',
          issuer: 'https://moodle.example',
          clientId: 'x',
          deploymentIds: ['1'],
          authLoginUrl: 'ftp://moodle.example/auth',
          authTokenUrl: 'https://moodle.example/token',
          jwksUrl: 'https://moodle.example/certs',
        },
      },
      { token: coordinatorToken },
    );
    expect(bad.errors![0].extensions!.fieldErrors).toEqual({
      authLoginUrl: 'The authentication request URL must be an https:// address copied from the LMS.',
    });
  });
});
