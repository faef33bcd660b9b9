import { expect } from '@jest/globals';
import type { Group } from '../../server/src/groups/group.entity.js';
import { addToGroup, createGroup, createPerson, signIn, type TestNetwork, type TestPerson } from './factories.js';
import { errorCode, type GqlResult, type TestServer } from './harness.js';

/** GraphQL of the units API, as the client would ask it. */
export const UNIT_FIELDS = `id networkId groupId documentId title subject gradeBand summary status forkedFromId
  publishedAt createdAt updatedAt viewerAccess viewerCanComment
  group { id name }
  forkedFrom { id title groupName }
  contributors { user { id displayName } school { id name } edits lastEditedAt }`;
export const UNIT = `query($id: ID!) { unit(id: $id) { ${UNIT_FIELDS} } }`;
export const UNIT_SECTIONS_Q = `query($id: ID!) { unit(id: $id) { id sections { id title stage html } } }`;
export const UNITS = `query($groupId: ID!, $status: UnitStatus) { units(groupId: $groupId, status: $status) { id title status } }`;
export const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { ${UNIT_FIELDS} } }`;
export const UPDATE_UNIT = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { ${UNIT_FIELDS} } }`;
export const PUBLISH = `mutation($unitId: ID!) { publishUnit(unitId: $unitId) { id status publishedAt } }`;
export const ARCHIVE = `mutation($unitId: ID!) { archiveUnit(unitId: $unitId) { id status viewerAccess } }`;
export const FORK = `mutation($unitId: ID!, $groupId: ID!) { forkUnit(unitId: $unitId, groupId: $groupId) {
  ${UNIT_FIELDS} sections { id html } } }`;
export const SAVE_REVISION = `mutation($unitId: ID!, $name: String!) { saveUnitRevision(unitId: $unitId, name: $name) {
  id unitId name createdAt createdBy { id displayName } } }`;
export const REVISIONS = `query($id: ID!) { unit(id: $id) { id revisions { id name createdBy { id } } } }`;
export const REVISION = `query($id: ID!) { unitRevision(id: $id) { id name unitId sections { id html } } }`;
export const RESTORE = `mutation($revisionId: ID!) { restoreUnitRevision(revisionId: $revisionId) { id sections { id html } } }`;
export const ADD_COMMENT = `mutation($input: AddUnitCommentInput!) { addUnitComment(input: $input) {
  id unitId sectionId kind body reviewId resolvedAt author { id displayName } } }`;
export const RESOLVE_COMMENT = `mutation($commentId: ID!) { resolveUnitComment(commentId: $commentId) { id resolvedAt } }`;
export const COMMENTS = `query($id: ID!, $all: Boolean) { unit(id: $id) { id comments(includeResolved: $all) {
  id sectionId kind body resolvedAt reviewId author { id } } } }`;
export const START_REVIEW = `mutation($input: StartUnitReviewInput!) { startUnitReview(input: $input) {
  id unitId stage reflection closedAt friends { id displayName } } }`;
export const ADVANCE_REVIEW = `mutation($unitId: ID!, $reflection: String) { advanceUnitReview(unitId: $unitId, reflection: $reflection) {
  id stage reflection closedAt } }`;
export const CURRENT_REVIEW = `query($id: ID!) { unit(id: $id) { id status viewerAccess viewerCanComment
  currentReview { id stage friends { id } } } }`;
export const LIBRARY = `query($networkId: ID!, $search: String, $subject: String, $gradeBand: String, $first: Int, $after: String) {
  library(networkId: $networkId, search: $search, subject: $subject, gradeBand: $gradeBand, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id title subject gradeBand status group { name } } } }`;

export interface UnitView {
  id: string;
  networkId: string;
  groupId: string;
  documentId: string;
  title: string;
  subject: string;
  gradeBand: string | null;
  summary: string;
  status: string;
  forkedFromId: string | null;
  publishedAt: string | null;
  viewerAccess: string;
  viewerCanComment: boolean;
  group: { id: string; name: string };
  forkedFrom: { id: string; title: string; groupName: string } | null;
  contributors: {
    user: { id: string; displayName: string };
    school: { id: string; name: string } | null;
    edits: number;
    lastEditedAt: string | null;
  }[];
}

export interface Section {
  id: string;
  html: string;
}

export interface Teacher {
  person: TestPerson;
  token: string;
}

/** A teacher of the network (in `school`), signed in, in the given groups. */
export async function teacher(
  server: TestServer,
  net: TestNetwork,
  groups: Group[] = [],
  school = net.schools[0],
): Promise<Teacher> {
  const person = await createPerson(server.db, net, 'TEACHER', { school });
  for (const g of groups) await addToGroup(server.db, g, person);
  return { person, token: await signIn(server, person.login) };
}

/** A group of the network with `authors` signed-in members (schools alternate). */
export async function groupWithAuthors(server: TestServer, net: TestNetwork, authors = 1, subject = 'Mathematics') {
  const group = await createGroup(server.db, net, { subject });
  const list: Teacher[] = [];
  for (let i = 0; i < authors; i++) list.push(await teacher(server, net, [group], net.schools[i % net.schools.length]));
  return { group, authors: list };
}

/** The data of a call that must succeed. */
export function ok<T>(res: GqlResult<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** The first error of a call that must fail with `code`. */
export function refused(res: GqlResult<unknown>, code: string) {
  expect(res.data ?? null).toBeNull();
  expect(errorCode(res)).toBe(code);
  return res.errors![0];
}

export async function createUnit(
  server: TestServer,
  token: string,
  input: { groupId: string; title: string; subject?: string; gradeBand?: string; summary?: string },
): Promise<UnitView> {
  return ok(await server.gql<{ createUnit: UnitView }>(CREATE_UNIT, { input }, { token })).createUnit;
}

export async function publish(server: TestServer, token: string, unitId: string): Promise<void> {
  expect(
    ok(await server.gql<{ publishUnit: { status: string } }>(PUBLISH, { unitId }, { token })).publishUnit.status,
  ).toBe('PUBLISHED');
}

export async function sections(server: TestServer, token: string, id: string): Promise<Section[]> {
  return ok(await server.gql<{ unit: { sections: Section[] } }>(UNIT_SECTIONS_Q, { id }, { token })).unit.sections;
}

/** The HTML of one section. */
export function html(list: Section[], id: string): string {
  return list.find((s) => s.id === id)!.html;
}
