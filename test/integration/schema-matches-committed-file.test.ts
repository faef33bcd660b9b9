import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { REPO_ROOT } from '../../server/src/config/config.js';
import { schemaText } from '../../server/src/schema/schema-text.js';
import { startServer, type TestServer } from '../support/harness.js';

const SCHEMA_FILE = path.join(REPO_ROOT, 'server', 'schema.gql');

describe('schema matches the committed file', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('running-app-schema-equals-server-schema-gql', () => {
    const running = schemaText(server.app.get(GraphQLSchemaHost).schema);
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    if (running !== committed) {
      const a = running.split('\n');
      const b = committed.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      throw new Error(
        `server/schema.gql is out of date with the server code: run \`npm run schema:generate\` and commit the result.\n` +
          `First difference at line ${line + 1}:\n  running:   ${a[line] ?? '(end)'}\n  committed: ${b[line] ?? '(end)'}`,
      );
    }
    expect(running).toBe(committed);
  });
});
