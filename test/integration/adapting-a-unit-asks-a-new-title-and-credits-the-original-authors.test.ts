import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { writeUnit } from '../support/unit-content.js';
import { createUnit, groupWithAuthors, ok, publish, refused, teacher } from '../support/units-api.js';

const LINEAGE = `forkedFrom { id title groupName byline credit
  authors { user { id displayName } school { id name } } }`;
const FORK_TITLED = `mutation($unitId: ID!, $groupId: ID!, $title: String) {
  forkUnit(unitId: $unitId, groupId: $groupId, title: $title) { id groupId title forkedFromId ${LINEAGE} } }`;
const GROUP_UNITS = `query($groupId: ID!) { units(groupId: $groupId) { id title forkedFrom { id title byline } } }`;

interface Forked {
  id: string;
  groupId: string;
  title: string;
  forkedFromId: string | null;
  forkedFrom: {
    id: string;
    title: string;
    groupName: string;
    byline: string;
    credit: string;
    authors: { user: { id: string; displayName: string }; school: { id: string; name: string } | null }[];
  } | null;
}

describe('adapting a unit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('adapting a unit asks a new title and credits the original authors', async () => {
    const net = await createNetwork(server.db, 2);
    const { group, authors } = await groupWithAuthors(server, net, 2, 'Science');
    const [ana, bo] = authors;
    // A student of the network never appears among the credited authors (none wrote it here anyway).
    await createPerson(server.db, net, 'STUDENT');
    const unit = await createUnit(server, ana.token, { groupId: group.id, title: 'Salmon runs' });
    await writeUnit(server.url, ana.token, unit.documentId, { goals: [{ p: ['Salmon carry the sea upstream.'] }] });
    await writeUnit(server.url, bo.token, unit.documentId, { lessons: [{ p: ['Walk the creek.'] }] });
    await publish(server, ana.token, unit.id);
    const fork = (token: string, groupId: string, title?: string | null) =>
      server.gql<{ forkUnit: Forked }>(FORK_TITLED, { unitId: unit.id, groupId, title }, { token });

    // Into its own group, the same title (in any case or spacing), an empty or an endless one is refused.
    for (const title of ['Salmon runs', '  salmon   RUNS ']) {
      const error = refused(await fork(ana.token, group.id, title), 'BAD_USER_INPUT');
      expect(error.message).toBe(
        `Your group already has a unit called “${title.trim().replace(/\s+/g, ' ')}”. Give the adaptation a title of its own, for example “Salmon runs (adapted)”.`,
      );
      expect(error.extensions?.fieldErrors).toEqual({ title: error.message });
    }
    expect(refused(await fork(ana.token, group.id, '   '), 'BAD_USER_INPUT').message).toBe(
      'Give the adapted unit a title.',
    );
    expect(refused(await fork(ana.token, group.id, 'x'.repeat(161)), 'BAD_USER_INPUT').message).toBe(
      'Keep the title under 160 characters.',
    );
    const [{ count }] = await server.db.query<{ count: string }[]>('SELECT count(*) FROM unit WHERE group_id = $1', [
      group.id,
    ]);
    expect(Number(count)).toBe(1);

    // With a title of its own it is made, and its lineage credits the original's authors and schools.
    const adapted = ok(await fork(ana.token, group.id, '  Salmon runs (adapted) ')).forkUnit;
    const [school1, school2] = net.schools;
    const byline = `${ana.person.user.displayName} (${school1.name}) and ${bo.person.user.displayName} (${school2.name}) in ${group.name}`;
    expect(adapted).toMatchObject({
      groupId: group.id,
      title: 'Salmon runs (adapted)',
      forkedFromId: unit.id,
      forkedFrom: {
        id: unit.id,
        title: 'Salmon runs',
        groupName: group.name,
        byline,
        credit: `Adapted from “Salmon runs” by ${byline}`,
      },
    });
    expect(adapted.forkedFrom!.authors.map((a) => [a.user.id, a.school?.id])).toEqual([
      [ana.person.user.id, school1.id],
      [bo.person.user.id, school2.id],
    ]);

    // Left out, the title is the first free one: the original's in another group, "(adapted 2)" here.
    const other = await createGroup(server.db, net, { subject: 'Science' });
    const cara = await teacher(server, net, [other], school2);
    expect(ok(await fork(cara.token, other.id)).forkUnit.title).toBe('Salmon runs');
    expect(ok(await fork(ana.token, group.id, null)).forkUnit.title).toBe('Salmon runs (adapted 2)');

    // The group's list (newest first) tells the original and its adaptations apart, each adaptation credited.
    const list = ok(
      await server.gql<{ units: Forked[] }>(GROUP_UNITS, { groupId: group.id }, { token: bo.token }),
    ).units;
    expect(list.map((u) => [u.title, u.forkedFrom?.byline ?? null])).toEqual([
      ['Salmon runs (adapted 2)', byline],
      ['Salmon runs (adapted)', byline],
      ['Salmon runs', null],
    ]);

    // The export credits them too.
    const res = await fetch(`${server.url}/api/units/${adapted.id}/export?format=md`, {
      headers: { authorization: `Bearer ${await signIn(server, bo.person.login)}` },
    });
    expect(res.status).toBe(200);
    const md = await res.text();
    expect(md).toContain('# Salmon runs (adapted)\n');
    expect(md).toMatch(/- \*\*Adapted from:\*\* “Salmon runs” by .+ in /);
    for (const name of [ana.person.user.displayName, bo.person.user.displayName, school1.name, school2.name]) {
      expect(md).toContain(name);
    }

    // Two adaptations at once under the same new title: one is made, the other is asked for another title.
    const both = await Promise.all([
      fork(cara.token, other.id, 'Salmon runs in the field'),
      fork(cara.token, other.id, 'Salmon runs in the field'),
    ]);
    expect(both.filter((r) => !r.errors).map((r) => r.data!.forkUnit.title)).toEqual(['Salmon runs in the field']);
    const second = both.find((r) => r.errors)!.errors![0] as { extensions?: { fieldErrors?: Record<string, string> } };
    expect(second.extensions?.fieldErrors?.title).toContain('already has a unit called “Salmon runs in the field”');
  });
});
