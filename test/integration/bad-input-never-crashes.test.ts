import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createClass,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
  type TestPerson,
} from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';

const HUGE = 'x'.repeat(100_000);
const NOT_A_UUID = 'not-a-uuid';
/** A stack frame as Node prints it: "at fn (file.js:1:2)" or "at file.js:1:2". */
const STACK_LINE = /\bat (?:\S+ )?\(?(?:file:\/\/|node:|\/)[^\s)]*:\d+:\d+\)?/;

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** The parsed body, or null: not every refusal is JSON (the other checks still hold). */
function jsonOf(text: string): ErrorBody | null {
  try {
    return JSON.parse(text) as ErrorBody;
  } catch {
    return null;
  }
}

interface RawResult {
  status: number;
  text: string;
}

interface Operation {
  name: string;
  query: string;
  /** Builds the variables from one value put in every string field. */
  variables: (value: unknown) => Record<string, unknown>;
}

describe('bad input never crashes the server', () => {
  let server: TestServer;
  let net: TestNetwork;
  let coordinator: TestPerson;
  let token: string;
  let ids: { networkId: string; schoolId: string; memberId: string; classId: string; studentId: string };

  beforeAll(async () => {
    server = await startServer();
    net = await createNetwork(server.db);
    coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT');
    const cls = await createClass(server.db, net, teacher, [student]);
    token = await signIn(server, coordinator.login);
    ids = {
      networkId: net.network.id,
      schoolId: net.schools[0].id,
      memberId: teacher.membership.id,
      classId: cls.id,
      studentId: student.user.id,
    };
  });
  afterAll(() => server.close());

  /** Posts any body to /graphql as the coordinator; returns the status and the raw text. */
  async function post(body: string, headers: Record<string, string> = {}): Promise<RawResult> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': server.ip,
        authorization: `Bearer ${token}`,
        ...headers,
      },
      body,
    });
    return { status: res.status, text: await res.text() };
  }

  const gql = (query: string, variables?: unknown) => post(JSON.stringify({ query, variables }));

  /** Not a 500, no stack, and every GraphQL error has a code that is not INTERNAL_SERVER_ERROR. */
  function expectHandled(res: RawResult, what: string): void {
    const context = `${what}: ${res.status} ${res.text.slice(0, 300)}`;
    expect({ context, status: res.status < 500 }).toEqual({ context, status: true });
    expect({ context, stack: STACK_LINE.test(res.text) }).toEqual({ context, stack: false });
    expect({ context, stacktrace: /stacktrace/i.test(res.text) }).toEqual({ context, stacktrace: false });
    for (const error of jsonOf(res.text)?.errors ?? []) {
      const code = error.extensions?.code;
      expect({ context, code: typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' }).toEqual({
        context,
        code: true,
      });
    }
  }

  async function expectStillServing(): Promise<void> {
    const res = await gql('{ me { id } }');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { me: { id: coordinator.user.id } } });
  }

  /** One operation per kind of input the API takes; `v` lands in every string (or id) field. */
  const operations = (): Operation[] => [
    {
      name: 'signIn',
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: (v) => ({ input: { login: v, password: v } }),
    },
    {
      name: 'requestPasswordReset',
      query: 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
      variables: (v) => ({ input: { email: v } }),
    },
    {
      name: 'resetPassword',
      query: 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }',
      variables: (v) => ({ input: { token: v, password: v } }),
    },
    {
      name: 'invitation',
      query: 'query($token: String!) { invitation(token: $token) { state } }',
      variables: (v) => ({ token: v }),
    },
    {
      name: 'acceptInvitation',
      query: 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }',
      variables: (v) => ({ input: { token: v, displayName: v, password: v } }),
    },
    {
      name: 'network',
      query: 'query($slug: String!) { network(slug: $slug) { id schools { id } } }',
      variables: (v) => ({ slug: v }),
    },
    {
      name: 'members(networkId)',
      query: 'query($networkId: ID!) { members(networkId: $networkId) { totalCount } }',
      variables: (v) => ({ networkId: v }),
    },
    {
      name: 'members(search, after, schoolId)',
      query:
        'query($networkId: ID!, $s: String, $a: String, $school: ID) { members(networkId: $networkId, search: $s, after: $a, schoolId: $school) { totalCount } }',
      variables: (v) => ({ networkId: ids.networkId, s: v, a: v, school: v }),
    },
    {
      name: 'createSchool',
      query: 'mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }',
      variables: (v) => ({ input: { networkId: ids.networkId, name: v, state: v, locality: v, timeZone: v } }),
    },
    {
      name: 'updateSchool',
      query: 'mutation($input: UpdateSchoolInput!) { updateSchool(input: $input) { id } }',
      variables: (v) => ({ input: { id: v, name: v, state: v, locality: v, timeZone: v } }),
    },
    {
      name: 'updateSchool(valid id)',
      query: 'mutation($input: UpdateSchoolInput!) { updateSchool(input: $input) { id } }',
      variables: (v) => ({ input: { id: ids.schoolId, name: v, locality: v } }),
    },
    {
      name: 'inviteMember',
      query: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      variables: (v) => ({
        input: { networkId: v, email: v, role: 'TEACHER', schoolId: v, subjects: [v], gradeLevels: [v] },
      }),
    },
    {
      name: 'inviteMember(valid network)',
      query: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      variables: (v) => ({ input: { networkId: ids.networkId, email: v, role: 'TEACHER', schoolId: ids.schoolId } }),
    },
    {
      name: 'changeMemberRole',
      query: 'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }',
      variables: (v) => ({ input: { memberId: v, role: 'ADMINISTRATOR', schoolId: v } }),
    },
    {
      name: 'updateMember',
      query: 'mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }',
      variables: (v) => ({ input: { memberId: ids.memberId, schoolId: v, subjects: [v], gradeLevels: [v] } }),
    },
    {
      name: 'deactivateMember',
      query: 'mutation($id: ID!) { deactivateMember(memberId: $id) { id } }',
      variables: (v) => ({ id: v }),
    },
    {
      name: 'createClass',
      query: 'mutation($input: CreateClassInput!) { createClass(input: $input) { id } }',
      variables: (v) => ({ input: { networkId: v, name: v, subject: v, gradeLevel: v } }),
    },
    {
      name: 'joinClass',
      query: 'mutation($input: JoinClassInput!) { joinClass(input: $input) { token } }',
      variables: (v) => ({ input: { code: v, username: v, displayName: v, password: v } }),
    },
    {
      name: 'classRoster',
      query: 'query($classId: ID!) { classRoster(classId: $classId) { studentId } }',
      variables: (v) => ({ classId: v }),
    },
    {
      name: 'myClasses',
      query: 'query($networkId: ID!) { myClasses(networkId: $networkId) { id } }',
      variables: (v) => ({ networkId: v }),
    },
    {
      name: 'outbox',
      query: 'query($networkId: ID!) { outbox(networkId: $networkId) { smtpConfigured } }',
      variables: (v) => ({ networkId: v }),
    },
    {
      name: 'resetStudentPassword',
      query: 'mutation($input: ResetStudentPasswordInput!) { resetStudentPassword(input: $input) }',
      variables: (v) => ({ input: { classId: v, studentId: v, password: v } }),
    },
    {
      name: 'removeStudent',
      query: 'mutation($input: RemoveStudentInput!) { removeStudent(input: $input) { accessEnded } }',
      variables: (v) => ({ input: { classId: v, studentId: v } }),
    },
  ];

  it('healthz-answers-ok', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it.each([
    ['empty-strings', ''],
    ['blank-strings', '   '],
    ['100000-character-strings', HUGE],
    ['malformed-ids', NOT_A_UUID],
    ['strings-with-a-nul-character', 'abc\u0000def'],
    ['unusual-unicode', '\u202e\ud83d\ude00\u0301 ٣'],
  ])('%s-in-every-operation-are-handled-cleanly', async (label, value) => {
    for (const op of operations()) {
      expectHandled(await gql(op.query, op.variables(value)), `${op.name} with ${label}`);
    }
    await expectStillServing();
  });

  it('malformed-ids-are-input-errors-naming-the-field', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['query($v: ID!) { members(networkId: $v) { totalCount } }', { v: NOT_A_UUID }, 'networkId'],
      ['query($v: ID!) { myClasses(networkId: $v) { id } }', { v: NOT_A_UUID }, 'networkId'],
      ['query($v: ID!) { outbox(networkId: $v) { smtpConfigured } }', { v: NOT_A_UUID }, 'networkId'],
      ['query($v: ID!) { classRoster(classId: $v) { studentId } }', { v: NOT_A_UUID }, 'classId'],
      ['mutation($v: ID!) { deactivateMember(memberId: $v) { id } }', { v: NOT_A_UUID }, 'memberId'],
      [
        'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }',
        { input: { memberId: NOT_A_UUID, role: 'TEACHER' } },
        'memberId',
      ],
      [
        'mutation($input: RemoveStudentInput!) { removeStudent(input: $input) { accessEnded } }',
        { input: { classId: NOT_A_UUID, studentId: ids.studentId } },
        'classId',
      ],
    ];
    for (const [query, variables, field] of cases) {
      const res = await gql(query, variables);
      expectHandled(res, query);
      const error = (jsonOf(res.text)?.errors ?? [])[0] as { extensions?: { code?: string; fieldErrors?: object } };
      expect({ query, extensions: error?.extensions }).toEqual({
        query,
        extensions: { code: 'BAD_USER_INPUT', fieldErrors: { [field]: expect.any(String) } },
      });
    }
  });

  it('wrong-types-through-variables-are-refused-cleanly', async () => {
    for (const value of [42, 3.5, true, [], ['a', 'b'], { nested: 'object' }, -1]) {
      for (const op of operations())
        expectHandled(await gql(op.query, op.variables(value)), `${op.name} with ${JSON.stringify(value)}`);
    }
    const cases: [string, unknown][] = [
      ['query($n: ID!, $f: Int) { members(networkId: $n, first: $f) { totalCount } }', { n: ids.networkId, f: '20' }],
      [
        'query($n: ID!, $f: Int) { members(networkId: $n, first: $f) { totalCount } }',
        { n: ids.networkId, f: 2 ** 31 },
      ],
      ['query($n: ID!, $f: Int) { members(networkId: $n, first: $f) { totalCount } }', { n: ids.networkId, f: 1.5 }],
      ['query($n: ID!, $r: Role) { members(networkId: $n, role: $r) { totalCount } }', { n: ids.networkId, r: 'KING' }],
      [
        'query($n: ID!, $s: MemberStatus) { members(networkId: $n, status: $s) { totalCount } }',
        { n: ids.networkId, s: 1 },
      ],
      ['mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: 'login:password' }],
      ['mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: null }],
      ['mutation($input: SignInInput!) { signIn(input: $input) { token } }', 'not an object'],
      ['mutation($input: SignInInput!) { signIn(input: $input) { token } }', [1, 2]],
    ];
    for (const [query, variables] of cases) {
      const res = await gql(query, variables);
      expectHandled(res, `${query} with ${JSON.stringify(variables)}`);
      expect(res.status).toBe(400);
    }
    await expectStillServing();
  });

  it('wrong-types-and-missing-arguments-inline-are-validation-errors', async () => {
    const queries = [
      '{ network(slug: 123) { id } }',
      '{ network(slug: ["a"]) { id } }',
      `{ members(networkId: true) { totalCount } }`,
      `{ members(networkId: "${NOT_A_UUID}", first: "ten") { totalCount } }`,
      `{ members(networkId: "${NOT_A_UUID}", first: 99999999999) { totalCount } }`,
      '{ myClasses(networkId: {a: 1}) { id } }',
      'mutation { signIn(input: { login: 1, password: 2 }) { token } }',
      'mutation { signIn(input: { login: "x" }) { token } }',
      'mutation { signIn { token } }',
      '{ network { id } }',
      '{ classRoster { studentId } }',
      'mutation { deactivateMember { id } }',
      'query($slug: String!) { network(slug: $slug) { id } }',
    ];
    for (const query of queries) {
      const res = await gql(query);
      expectHandled(res, query);
      expect(res.status).toBe(400);
      const body = JSON.parse(res.text) as { errors: { extensions: { code: string } }[] };
      expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(body.errors[0].extensions.code);
    }
    await expectStillServing();
  });

  it('malformed-bodies-are-refused-without-a-stack', async () => {
    const bodies = [
      '{"query": ',
      '{',
      '[',
      'null',
      '"just a string"',
      '12',
      '{}',
      '[{"query":"{ me { id } }"}]',
      '{"query": ""}',
      '{"query": 5}',
      '{"query": "{ me { id "}',
      '{"query": "}}}}"}',
      '{"query": "{ me { id } }", "variables": "not-an-object"}',
      '{"query": "{ me { id } }", "variables": [1]}',
      '{"query": "{ me { id } }", "operationName": 7}',
      '{"query": "query A { me { id } } query B { me { id } }"}',
      '{"query": "query A { me { id } }", "operationName": "Nope"}',
      '\u0000\u0001\u0002',
      JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(2_000_000)}` }),
    ];
    for (const body of bodies) {
      const res = await post(body);
      expectHandled(res, `body ${body.slice(0, 60)}`);
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
    // A syntax error is the client's mistake: 400 and GraphQL's parse error code.
    const syntax = await post(JSON.stringify({ query: '{ me { id ' }));
    expect(syntax.status).toBe(400);
    expect(jsonOf(syntax.text)?.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    // Persisted queries are not offered: a clear refusal, whatever the hash.
    for (const hash of ['abc', '0'.repeat(64)]) {
      const apq = await post(
        JSON.stringify({ query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      );
      expectHandled(apq, `persisted query ${hash}`);
      expect(JSON.parse(apq.text).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    }
    const textPlain = await post('{"query": "mutation { signOut }"}', { 'content-type': 'text/plain' });
    expectHandled(textPlain, 'text/plain body');
    expect(textPlain.status).toBe(400);
    await expectStillServing();
  });

  it('over-deep-over-aliased-and-unknown-field-queries-are-refused', async () => {
    const deep =
      '{ me { memberships { network { viewerMembership { network { viewerMembership { network { viewerMembership { network { viewerMembership { network { id } } } } } } } } } } } }';
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const cases: [string, string][] = [
      [deep, 'depth'],
      [aliases, 'alias'],
      ['{ me { id passwordHash } }', 'passwordHash'],
      ['{ nope }', 'nope'],
      ['mutation { dropEverything }', 'dropEverything'],
      ['subscription { everything }', 'no subscription operations'],
      [`{ me { id ${'...on Viewer { id } '.repeat(400)} } }`, '2000 tokens'],
    ];
    for (const [query, mentions] of cases) {
      const res = await gql(query);
      expectHandled(res, query.slice(0, 80));
      expect(res.status).toBe(400);
      const body = JSON.parse(res.text) as { data?: unknown; errors: { message: string }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors.map((e) => e.message.toLowerCase()).join(' ')).toContain(mentions.toLowerCase());
    }
    const unknownInputField = await gql('mutation($input: SignInInput!) { signIn(input: $input) { token } }', {
      input: { login: coordinator.login, password: 'x', admin: true },
    });
    expectHandled(unknownInputField, 'unknown input field');
    expect(unknownInputField.status).toBe(400);
    await expectStillServing();
  });

  it('tampered-page-cursors-are-refused-cleanly', async () => {
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const after of [
      cursor(['x', NOT_A_UUID]),
      cursor(['x', 5]),
      cursor([1, 2]),
      cursor(['x']),
      cursor({ a: 1 }),
      cursor(['x', 'y', 'z']),
      cursor([null, null]),
      '%%%',
      HUGE.slice(0, 400),
    ]) {
      const res = await gql('query($n: ID!, $a: String) { members(networkId: $n, after: $a) { totalCount } }', {
        n: ids.networkId,
        a: after,
      });
      expectHandled(res, `cursor ${after.slice(0, 40)}`);
      const body = JSON.parse(res.text) as { errors?: { extensions: { code: string; fieldErrors?: object } }[] };
      expect(body.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: { after: expect.any(String) },
      });
    }
    await expectStillServing();
  });

  it('get-requests-and-unknown-routes-are-refused-cleanly', async () => {
    for (const path of [
      '/graphql',
      '/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D',
      '/nope',
      '/api/nope',
      '/healthz/x',
    ]) {
      const res = await fetch(`${server.url}${path}`, { headers: { 'x-forwarded-for': server.ip } });
      expectHandled({ status: res.status, text: await res.text() }, `GET ${path}`);
    }
    await expectStillServing();
  });
});
