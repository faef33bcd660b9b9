import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import type { Group } from '../../server/src/groups/group.entity.js';
import { docFromState } from '../../server/src/collaboration/rich-text.js';
import { contentOf, markersOf } from './collab-client.js';
import {
  addToGroup,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
  type TestPerson,
} from './factories.js';
import type { TestServer } from './harness.js';

/** Anything that answers GraphQL: an in-process test server or a server process. */
export type Api = Pick<TestServer, 'gql'>;

export interface Author {
  person: TestPerson;
  token: string;
}

export interface UnitWorld {
  net: TestNetwork;
  group: Group;
  /** Active members of the group, signed in. */
  authors: Author[];
  unitId: string;
  documentId: string;
}

/** The sections the tests write in (ids of UNIT_SECTIONS). */
export const SECTIONS = ['goals', 'understandings', 'lessons'] as const;

/** A fresh network with a group of `authors` teachers (in two schools) and a unit they write, made through the API. */
export async function unitWorld(db: DataSource, api: Api, authors = 2): Promise<UnitWorld> {
  const net = await createNetwork(db, 2);
  const group = await createGroup(db, net);
  const list: Author[] = [];
  for (let i = 0; i < authors; i++) {
    const person = await createPerson(db, net, 'TEACHER', { school: net.schools[i % 2], subjects: ['Mathematics'] });
    await addToGroup(db, group, person);
    list.push({ person, token: await signIn(api, person.login) });
  }
  const { unitId, documentId } = await createUnit(api, list[0].token, group.id);
  return { net, group, authors: list, unitId, documentId };
}

export async function createUnit(
  api: Api,
  token: string,
  groupId: string,
  title = 'Ratios in the real world',
): Promise<{ unitId: string; documentId: string }> {
  const res = await api.gql<{ createUnit: { id: string; documentId: string } }>(
    'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id documentId } }',
    { input: { groupId, title, subject: 'Mathematics', gradeBand: '6-8', summary: 'Proportional reasoning.' } },
    { token },
  );
  if (!res.data) throw new Error(`createUnit failed: ${JSON.stringify(res.errors)}`);
  return { unitId: res.data.createUnit.id, documentId: res.data.createUnit.documentId };
}

export async function publishUnit(api: Api, token: string, unitId: string): Promise<void> {
  const res = await api.gql<{ publishUnit: { status: string } }>(
    'mutation($unitId: ID!) { publishUnit(unitId: $unitId) { status } }',
    { unitId },
    { token },
  );
  if (res.data?.publishUnit.status !== 'PUBLISHED')
    throw new Error(`publishUnit failed: ${JSON.stringify(res.errors)}`);
}

export interface Stored {
  /** Content of the stored state plus every logged update: what a server loads. */
  content: Record<string, string>;
  markers: Set<string>;
  /** Content of the compacted state alone. */
  stateContent: Record<string, string>;
  /** Rows in the update log not yet compacted. */
  logRows: number;
  compactedAt: Date | null;
  /** The plain-text projection refreshed by compaction. */
  text: string;
}

/** What PostgreSQL holds for a document, read without the server. */
export async function stored(db: DataSource, documentId: string): Promise<Stored> {
  // One statement, so one snapshot: a compaction committing meanwhile cannot hide rows.
  const [row] = (await db.query(
    `SELECT d.state, d.text, d.compacted_at,
       (SELECT coalesce(array_agg(u."update" ORDER BY u.seq), '{}') FROM document_update u WHERE u.document_id = d.id) AS log
     FROM document d WHERE d.id = $1`,
    [documentId],
  )) as { state: Buffer; text: string; compacted_at: Date | null; log: Buffer[] }[];
  if (!row) throw new Error(`no document ${documentId}`);
  const log = row.log;
  const whole = docFromState(Y.mergeUpdates([row.state, ...log].map((b) => new Uint8Array(b))));
  const stateOnly = docFromState(new Uint8Array(row.state));
  try {
    return {
      content: contentOf(whole),
      markers: markersOf(whole),
      stateContent: contentOf(stateOnly),
      logRows: log.length,
      compactedAt: row.compacted_at,
      text: row.text,
    };
  } finally {
    whole.destroy();
    stateOnly.destroy();
  }
}

/** Resolves once the document's log is folded into its state (compaction ran and nothing is left). */
export async function compacted(db: DataSource, documentId: string, deadlineMs = 10_000): Promise<Stored> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const s = await stored(db, documentId);
    if (s.logRows === 0 && s.compactedAt) return s;
    if (Date.now() > until) throw new Error(`document ${documentId} not compacted within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
