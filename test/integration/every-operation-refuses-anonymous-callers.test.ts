import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { publicOperations } from '../../server/src/access/permissions.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { everyOperation } from '../support/operations.js';

/** What answers without a session; adding to this list is a decision, reviewed here and in docs/permissions.md. */
const PUBLIC_GRAPHQL = [
  'acceptInvitation',
  'invitation',
  'joinClass',
  'me',
  'requestPasswordReset',
  'resetPassword',
  'signIn',
  'signInProviderOptions',
  'signOut',
];
const PUBLIC_ROUTES = [
  // LTI 1.3 (the key set platforms fetch, the routes an LMS calls: its signed token decides) and
  // sign-in with Google / Microsoft (redirects whose state decides), besides the older public routes.
  'GET /.well-known/jwks.json',
  'GET /auth/oidc-link/:token',
  'GET /auth/oidc/:provider/callback',
  'GET /auth/oidc/:provider/start',
  'GET /convenings/:id',
  'GET /go/:kind/:id',
  'GET /healthz',
  'GET /lti/login',
  'POST /api/sign-in',
  'POST /auth/oidc-link/:token',
  'POST /lti/deep-link',
  'POST /lti/launch',
  'POST /lti/login',
];

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.close();
});

/** The app's HTTP routes other than GraphQL, from express's router, with `:params` filled in. */
function restRoutes(): { method: string; path: string }[] {
  const express = server.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack
    .filter((l) => l.route && l.route.path !== '/graphql')
    .flatMap((l) =>
      Object.keys(l.route!.methods).map((method) => ({ method: method.toUpperCase(), path: l.route!.path })),
    );
}

describe('deny by default', () => {
  it('marks exactly the expected operations public, and the sweep covers every operation the app serves', async () => {
    expect(publicOperations().graphql).toEqual(PUBLIC_GRAPHQL);
    expect(publicOperations().routes).toEqual(PUBLIC_ROUTES);
    const res = await server.gql<{ __schema: Record<'queryType' | 'mutationType', { fields: { name: string }[] }> }>(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
    );
    const served = [...res.data!.__schema.queryType.fields, ...res.data!.__schema.mutationType.fields].map(
      (f) => f.name,
    );
    expect(
      everyOperation()
        .map((op) => op.name)
        .sort(),
    ).toEqual(served.sort());
  });

  it('refuses every other GraphQL operation to an anonymous caller, before looking at its arguments', async () => {
    const answers: string[] = [];
    for (const op of everyOperation()) {
      const res = await server.gql(op.document, op.variables);
      const code = errorCode(res);
      if (PUBLIC_GRAPHQL.includes(op.name)) {
        if (code === 'UNAUTHENTICATED') answers.push(`${op.name}: public but refused`);
      } else if (code !== 'UNAUTHENTICATED') {
        answers.push(`${op.name}: ${code ?? 'answered'} ${JSON.stringify(res.data ?? res.errors)}`);
      }
    }
    expect(answers).toEqual([]);
  });

  it('refuses every REST route to an anonymous caller with 401 unless public', async () => {
    const routes = restRoutes();
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['GET /healthz', 'GET /api/units/:id/export', 'GET /api/me/sessions.ics']),
    );
    const wrong: string[] = [];
    for (const r of routes) {
      const url = server.url + r.path.replace(/:(\w+)/g, () => randomUUID());
      const res = await fetch(url, { method: r.method });
      const name = `${r.method} ${r.path}`;
      if (PUBLIC_ROUTES.includes(name)) {
        if (res.status === 401) wrong.push(`${name}: public but 401`);
      } else if (res.status !== 401) {
        wrong.push(`${name}: ${res.status}`);
      } else if (r.method !== 'HEAD') {
        // (A HEAD answer has no body: its 401 is all it can say.)
        const body = (await res.json()) as { error?: { code?: string } };
        if (body.error?.code !== 'UNAUTHENTICATED') wrong.push(`${name}: ${JSON.stringify(body)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
