import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CollabCloseCode } from '@switchback/shared';
import { User } from '../../server/src/auth/user.entity.js';
import { DigestService } from '../../server/src/notifications/digest.service.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import { CollabClient } from '../support/collab-client.js';
import { createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { writeUnit } from '../support/unit-content.js';
import {
  FORK,
  LIBRARY,
  createUnit,
  groupWithAuthors,
  html,
  ok,
  publish,
  refused,
  sections,
  teacher,
  type Section,
  type Teacher,
} from '../support/units-api.js';

const VERSIONS = `query($id: ID!) { unit(id: $id) { id draftChanged
  latestVersion { id number note createdBy { id } }
  versions { id number note createdAt } } }`;
const VERSION = `query($id: ID!) { unitVersion(id: $id) { id number note unitId sections { id html } } }`;
const PUBLISH_CHANGES = `mutation($unitId: ID!, $note: String!) { publishUnitChanges(unitId: $unitId, note: $note) {
  id number note } }`;
const COMPARE = `query($from: ID!, $to: ID!) { compareUnitVersions(fromVersionId: $from, toVersionId: $to) {
  id title changed changes { kind text } } }`;
const FORK_LINEAGE = `query($id: ID!) { unit(id: $id) { id forkedFromVersionId
  forkedFromVersion { id number } upstreamVersions { id number note } } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind text groupId unitId } } }`;

interface Versions {
  unit: {
    draftChanged: boolean | null;
    latestVersion: { id: string; number: number; note: string; createdBy: { id: string } } | null;
    versions: { id: string; number: number; note: string }[];
  };
}
interface Diff {
  compareUnitVersions: { id: string; changed: boolean; changes: { kind: string; text: string }[] }[];
}

describe('readers see published versions while authors keep a draft', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const versionsOf = async (token: string, id: string) =>
    ok(await server.gql<Versions>(VERSIONS, { id }, { token })).unit;
  const exportText = async (id: string, token: string) => {
    const res = await fetch(`${server.url}/api/units/${id}/export?format=md`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    return res.text();
  };
  const librarySearch = async (token: string, networkId: string, search: string) =>
    ok(
      await server.gql<{ library: { nodes: { id: string }[] } }>(LIBRARY, { networkId, search }, { token }),
    ).library.nodes.map((n) => n.id);

  /** A published unit with one line in its goals, its author, and a reader of the network. */
  async function publishedUnit() {
    const net = await createNetwork(server.db);
    const { group, authors } = await groupWithAuthors(server, net, 2);
    const [ana, ben] = authors;
    const reader = await teacher(server, net, [], net.schools[1]);
    const unit = await createUnit(server, ana.token, { groupId: group.id, title: 'Tides and the moon' });
    await writeUnit(server.url, ana.token, unit.documentId, { goals: [{ p: ['Students model the tides.'] }] });
    await publish(server, ana.token, unit.id);
    return { net, group, ana, ben, reader, unit };
  }

  it('publishing-freezes-a-version-and-typing-in-the-draft-changes-nothing-readers-the-library-or-forks-see', async () => {
    const { net, ana, ben, reader, unit } = await publishedUnit();
    const first = await versionsOf(ana.token, unit.id);
    expect(first.versions.map((v) => [v.number, v.note])).toEqual([[1, 'First published.']]);
    expect(first.latestVersion).toMatchObject({ number: 1, createdBy: { id: ana.person.user.id } });
    expect(first.draftChanged).toBe(false);

    // An author keeps writing the draft.
    await writeUnit(server.url, ben.token, unit.documentId, { goals: [{ p: ['HALF-WRITTEN sentence about'] }] });
    const draft = html(await sections(server, ben.token, unit.id), 'goals');
    expect(draft).toContain('HALF-WRITTEN');
    expect((await versionsOf(ana.token, unit.id)).draftChanged).toBe(true);

    // Readers, the library's search, the export and a fork see version 1 only.
    expect(html(await sections(server, reader.token, unit.id), 'goals')).toBe('<p>Students model the tides.</p>');
    expect((await versionsOf(reader.token, unit.id)).draftChanged).toBeNull();
    expect(await librarySearch(reader.token, net.network.id, 'tides')).toEqual([unit.id]);
    expect(await librarySearch(reader.token, net.network.id, 'HALF-WRITTEN')).toEqual([]);
    const exported = await exportText(unit.id, reader.token);
    expect(exported).toContain('Students model the tides.');
    expect(exported).not.toContain('HALF-WRITTEN');
    const theirs = await createGroup(server.db, net);
    const forker = await teacher(server, net, [theirs], net.schools[1]);
    const fork = ok(
      await server.gql<{ forkUnit: { id: string; forkedFromVersionId: string; sections: Section[] } }>(
        FORK,
        { unitId: unit.id, groupId: theirs.id },
        { token: forker.token },
      ),
    ).forkUnit;
    expect(html(fork.sections, 'goals')).toBe('<p>Students model the tides.</p>');
    const lineage = ok(
      await server.gql<{ unit: { forkedFromVersionId: string; forkedFromVersion: { id: string; number: number } } }>(
        FORK_LINEAGE,
        { id: fork.id },
        { token: forker.token },
      ),
    ).unit;
    expect(lineage.forkedFromVersionId).toBe(first.latestVersion!.id);
    expect(lineage.forkedFromVersion).toEqual({ id: first.latestVersion!.id, number: 1 });

    // Nor can a reader open the live draft: it is for the authors (and critical friends).
    const live = new CollabClient({ url: server.url, token: reader.token, documentId: unit.documentId });
    try {
      expect(await live.start()).toEqual({
        joined: { ok: false, code: CollabCloseCode.NotFound, message: expect.any(String) },
      });
    } finally {
      live.close();
    }
  });

  it('publish-changes-makes-the-next-version-with-its-note-and-readers-compare-and-browse-versions', async () => {
    const { net, ana, ben, reader, unit } = await publishedUnit();
    const v1 = (await versionsOf(ana.token, unit.id)).latestVersion!;
    // Nothing to publish yet; a note is required and short.
    refused(
      await server.gql(PUBLISH_CHANGES, { unitId: unit.id, note: 'Same' }, { token: ana.token }),
      'BAD_USER_INPUT',
    );
    await writeUnit(server.url, ben.token, unit.documentId, { lessons: [{ p: ['Lesson: spring and neap tides.'] }] });
    const blank = refused(
      await server.gql(PUBLISH_CHANGES, { unitId: unit.id, note: '  ' }, { token: ben.token }),
      'BAD_USER_INPUT',
    );
    expect(blank.extensions!.fieldErrors).toEqual({ note: expect.stringContaining('what changed') });
    refused(
      await server.gql(PUBLISH_CHANGES, { unitId: unit.id, note: 'x'.repeat(201) }, { token: ben.token }),
      'BAD_USER_INPUT',
    );
    // Readers still see version 1.
    expect(html(await sections(server, reader.token, unit.id), 'lessons')).toBe('');

    const v2 = ok(
      await server.gql<{ publishUnitChanges: { id: string; number: number; note: string } }>(
        PUBLISH_CHANGES,
        { unitId: unit.id, note: ' Added a lesson on spring and neap tides. ' },
        { token: ben.token },
      ),
    ).publishUnitChanges;
    expect(v2).toMatchObject({ number: 2, note: 'Added a lesson on spring and neap tides.' });
    refused(
      await server.gql(PUBLISH_CHANGES, { unitId: unit.id, note: 'Again' }, { token: ben.token }),
      'BAD_USER_INPUT',
    );

    // Readers see version 2 now, with its note, and every version of the unit.
    expect(html(await sections(server, reader.token, unit.id), 'lessons')).toBe(
      '<p>Lesson: spring and neap tides.</p>',
    );
    const seen = await versionsOf(reader.token, unit.id);
    expect(seen.latestVersion).toMatchObject({ id: v2.id, note: 'Added a lesson on spring and neap tides.' });
    expect(seen.versions.map((v) => v.number)).toEqual([2, 1]);
    const old = ok(
      await server.gql<{ unitVersion: { number: number; sections: Section[] } }>(
        VERSION,
        { id: v1.id },
        {
          token: reader.token,
        },
      ),
    ).unitVersion;
    expect(old.number).toBe(1);
    expect(html(old.sections, 'lessons')).toBe('');
    expect(await librarySearch(reader.token, net.network.id, 'neap')).toEqual([unit.id]);

    // Comparing: the lessons section gained the new text; goals did not change.
    const diff = ok(
      await server.gql<Diff>(COMPARE, { from: v1.id, to: v2.id }, { token: reader.token }),
    ).compareUnitVersions;
    const lessons = diff.find((s) => s.id === 'lessons')!;
    expect(lessons.changed).toBe(true);
    expect(
      lessons.changes
        .filter((c) => c.kind === 'ADDED')
        .map((c) => c.text)
        .join(''),
    ).toBe('Lesson: spring and neap tides.');
    expect(diff.find((s) => s.id === 'goals')).toMatchObject({ changed: false });
  });

  it('people-who-forked-it-are-notified-and-see-what-changed-upstream-since-their-version', async () => {
    const { net, ana, ben, unit } = await publishedUnit();
    const v1 = (await versionsOf(ana.token, unit.id)).latestVersion!;
    const theirs = await createGroup(server.db, net);
    const forker: Teacher = await teacher(server, net, [theirs], net.schools[1]);
    await server.db.getRepository(User).update(forker.person.user.id, { digestFrequency: 'DAILY' });
    const fork = ok(
      await server.gql<{ forkUnit: { id: string; title: string } }>(
        FORK,
        { unitId: unit.id, groupId: theirs.id },
        { token: forker.token },
      ),
    ).forkUnit;
    const upstream = async () =>
      ok(
        await server.gql<{ unit: { upstreamVersions: { id: string; number: number; note: string }[] } }>(
          FORK_LINEAGE,
          { id: fork.id },
          { token: forker.token },
        ),
      ).unit.upstreamVersions;
    expect(await upstream()).toEqual([]);

    await writeUnit(server.url, ben.token, unit.documentId, { goals: [{ p: ['And the phases of the moon.'] }] });
    const v2 = ok(
      await server.gql<{ publishUnitChanges: { id: string } }>(
        PUBLISH_CHANGES,
        { unitId: unit.id, note: 'Added the phases of the moon.' },
        { token: ben.token },
      ),
    ).publishUnitChanges;

    // The forker is told, in the app and in the digest; the authors are not.
    const theirNotes = ok(
      await server.gql<{ notifications: { nodes: { kind: string; text: string; groupId: string; unitId: string }[] } }>(
        NOTIFICATIONS,
        {},
        { token: forker.token },
      ),
    ).notifications.nodes;
    expect(theirNotes).toEqual([
      {
        kind: 'UNIT_UPDATED',
        text: `"Tides and the moon", which you adapted as "${fork.title}", has a new version: Added the phases of the moon.`,
        groupId: theirs.id,
        // It opens their adaptation, where what changed upstream is shown.
        unitId: fork.id,
      },
    ]);
    const authorNotes = ok(
      await server.gql<{ notifications: { nodes: { kind: string }[] } }>(NOTIFICATIONS, {}, { token: ana.token }),
    ).notifications.nodes;
    expect(authorNotes.filter((n) => n.kind === 'UNIT_UPDATED')).toEqual([]);
    await server.app.get(DigestService).runDue(new Date());
    const digests = await server.db
      .getRepository(OutboxMessage)
      .findBy({ toAddress: forker.person.login, kind: 'DIGEST' });
    expect(digests).toHaveLength(1);
    expect(digests[0].body).toContain('has a new version: Added the phases of the moon.');
    expect(digests[0].body).toContain(
      `has a new version: Added the phases of the moon.: http://switchback.test/go/unit/${fork.id}`,
    );

    // On their fork: what changed upstream since the version they copied.
    expect(await upstream()).toEqual([{ id: v2.id, number: 2, note: 'Added the phases of the moon.' }]);
    const diff = ok(
      await server.gql<Diff>(COMPARE, { from: v1.id, to: v2.id }, { token: forker.token }),
    ).compareUnitVersions;
    expect(
      diff
        .find((s) => s.id === 'goals')!
        .changes.filter((c) => c.kind === 'ADDED')
        .map((c) => c.text)
        .join(''),
    ).toContain('And the phases of the moon.');
  });

  it('outsiders-other-networks-students-and-readers-are-refused', async () => {
    const { net, ana, reader, unit } = await publishedUnit();
    const v1 = (await versionsOf(ana.token, unit.id)).latestVersion!;
    const elsewhere = await createNetwork(server.db);
    const otherCoordinator = await createPerson(server.db, elsewhere, 'COORDINATOR');
    const student = await createPerson(server.db, net, 'STUDENT');
    for (const login of [otherCoordinator.login, student.login]) {
      const token = await signIn(server, login);
      refused(await server.gql(VERSION, { id: v1.id }, { token }), 'NOT_FOUND');
      refused(await server.gql(COMPARE, { from: v1.id, to: v1.id }, { token }), 'NOT_FOUND');
      refused(await server.gql(PUBLISH_CHANGES, { unitId: unit.id, note: 'Mine now' }, { token }), 'NOT_FOUND');
    }
    // A reader of the network reads versions but cannot publish.
    expect(
      ok(await server.gql<{ unitVersion: { id: string } }>(VERSION, { id: v1.id }, { token: reader.token })),
    ).toMatchObject({ unitVersion: { id: v1.id } });
    const denied = refused(
      await server.gql(PUBLISH_CHANGES, { unitId: unit.id, note: 'Mine now' }, { token: reader.token }),
      'FORBIDDEN',
    );
    expect(denied.message).toMatch(/^Only members of /);
    // A draft has no changes to publish; two units' versions do not compare.
    const draft = await createUnit(server, ana.token, { groupId: unit.groupId, title: 'Still a draft' });
    refused(await server.gql(PUBLISH_CHANGES, { unitId: draft.id, note: 'Early' }, { token: ana.token }), 'FORBIDDEN');
    await publish(server, ana.token, draft.id);
    const other = (await versionsOf(ana.token, draft.id)).latestVersion!;
    refused(await server.gql(COMPARE, { from: v1.id, to: other.id }, { token: reader.token }), 'BAD_USER_INPUT');
    // Once archived, a unit's versions are its group's only.
    await server.gql(`mutation($id: ID!) { archiveUnit(unitId: $id) { id } }`, { id: unit.id }, { token: ana.token });
    refused(await server.gql(VERSION, { id: v1.id }, { token: reader.token }), 'NOT_FOUND');
    ok(await server.gql(VERSION, { id: v1.id }, { token: ana.token }));
  });
});
