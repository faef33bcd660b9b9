import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { GqlResult, TestServer } from './harness.js';

const FIXTURES = path.resolve(process.cwd(), 'test/fixtures/oneroster');

/**
 * A fixture set of test/fixtures/oneroster as upload input. Emails and usernames (everything spelled
 * "lakeview") get `tag`, so test files sharing one database never meet the same people.
 */
export function rosterFiles(set: string, tag: string): { name: string; content: string }[] {
  return readdirSync(path.join(FIXTURES, set)).map((name) => ({
    name,
    content: readFileSync(path.join(FIXTURES, set, name), 'utf8').replaceAll('lakeview', `lakeview${tag}`),
  }));
}

export const newTag = () => randomUUID().slice(0, 6);

const SECTION = 'add update match unchanged remove changes { action sourcedId name detail }';
const PREVIEW = `digest skipped errors { file row column message }
  schools { ${SECTION} } teachers { ${SECTION} } students { ${SECTION} } classes { ${SECTION} } enrollments { ${SECTION} }`;

export interface Change {
  action: string;
  sourcedId: string;
  name: string;
  detail: string | null;
}
export interface Section {
  add: number;
  update: number;
  match: number;
  unchanged: number;
  remove: number;
  changes: Change[];
}
export interface Preview {
  digest: string;
  skipped: number;
  errors: { file: string; row: number; column: string | null; message: string }[];
  schools: Section;
  teachers: Section;
  students: Section;
  classes: Section;
  enrollments: Section;
}

export interface ImportInput {
  networkId: string;
  files?: { name: string; content: string }[];
  zipBase64?: string;
  newSchoolState?: string;
  newSchoolTimeZone?: string;
}

export function previewImport(
  server: TestServer,
  token: string,
  input: ImportInput,
): Promise<GqlResult<{ previewRosterImport: Preview }>> {
  return server.gql(
    `mutation($i: RosterImportInput!) { previewRosterImport(input: $i) { ${PREVIEW} } }`,
    { i: input },
    { token },
  );
}

export function applyImport(
  server: TestServer,
  token: string,
  input: ImportInput & { planDigest: string; applyRemovals: boolean },
): Promise<GqlResult<{ applyRosterImport: { removalsApplied: boolean; applied: Preview } }>> {
  return server.gql(
    `mutation($i: ApplyRosterImportInput!) { applyRosterImport(input: $i) { removalsApplied applied { ${PREVIEW} } } }`,
    { i: input },
    { token },
  );
}

/** What the network holds, counted in SQL: the "no duplicates" check. */
export async function networkCounts(db: DataSource, networkId: string) {
  const [row] = (await db.query(
    `SELECT
       (SELECT count(*)::int FROM school WHERE network_id = $1) AS schools,
       (SELECT count(*)::int FROM membership WHERE network_id = $1 AND role = 'TEACHER') AS teachers,
       (SELECT count(*)::int FROM membership WHERE network_id = $1 AND role = 'STUDENT') AS students,
       (SELECT count(*)::int FROM membership WHERE network_id = $1 AND role = 'STUDENT' AND status = 'ACTIVE') AS "activeStudents",
       (SELECT count(*)::int FROM class WHERE network_id = $1) AS classes,
       (SELECT count(*)::int FROM enrollment e JOIN class c ON c.id = e.class_id WHERE c.network_id = $1) AS enrollments,
       (SELECT count(*)::int FROM "user" u WHERE u.id IN (SELECT user_id FROM membership WHERE network_id = $1)) AS accounts,
       (SELECT count(*)::int FROM oneroster_link WHERE network_id = $1) AS links`,
    [networkId],
  )) as Record<string, number>[];
  return row;
}
