/**
 * A coordinator imports a OneRoster 1.2 export: the preview writes nothing, "Apply" carries out the
 * same plan, a re-import of the same files changes nothing and duplicates no one, and a re-import
 * with changes (a renamed class, a new student, a dropped enrollment) shows the removal before it
 * happens and carries it out only when confirmed. Only the network's coordinators may import.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { User } from '../../server/src/auth/user.entity.js';
import { School } from '../../server/src/networks/school.entity.js';
import { createAccount, createNetwork, createPerson, signIn, type TestNetwork } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { applyImport, networkCounts, newTag, previewImport, rosterFiles, type Preview } from '../support/oneroster.js';

const actions = (p: Preview) =>
  Object.fromEntries(
    (['schools', 'teachers', 'students', 'classes', 'enrollments'] as const).map((k) => [
      k,
      { add: p[k].add, update: p[k].update, match: p[k].match, unchanged: p[k].unchanged, remove: p[k].remove },
    ]),
  );
const none = { add: 0, update: 0, match: 0, remove: 0 };

describe('OneRoster import', () => {
  let server: TestServer;
  let net: TestNetwork;
  let coordinator: string;
  let anaAccount: User;
  const tag = newTag();
  const initial = rosterFiles('initial', tag);
  const changed = rosterFiles('changed', tag);

  beforeAll(async () => {
    server = await startServer();
    net = await createNetwork(server.db, 1);
    await server.db.getRepository(School).update(net.schools[0].id, { name: 'Lakeview High School' });
    coordinator = await signIn(server, (await createPerson(server.db, net, 'COORDINATOR')).login);
    // Ana Reyes already uses Switchback in another network: she is matched, not created again.
    anaAccount = await createAccount(server.db, { name: 'Ana Reyes' });
    await server.db.getRepository(User).update(anaAccount.id, { email: `ana.reyes@lakeview${tag}.example` });
  });
  afterAll(() => server?.close());

  it('refuses everyone but the network coordinators: other networks as if it did not exist', async () => {
    const teacher = await signIn(server, (await createPerson(server.db, net, 'TEACHER')).login);
    expect(errorCode(await previewImport(server, teacher, { networkId: net.network.id, files: initial }))).toBe(
      'FORBIDDEN',
    );
    const other = await createNetwork(server.db, 1);
    const otherCoordinator = await signIn(server, (await createPerson(server.db, other, 'COORDINATOR')).login);
    const theirs = await previewImport(server, otherCoordinator, { networkId: net.network.id, files: initial });
    const nobody = await previewImport(server, otherCoordinator, { networkId: crypto.randomUUID(), files: initial });
    expect(errorCode(theirs)).toBe('NOT_FOUND');
    expect(theirs.errors?.[0]?.message).toBe(nobody.errors?.[0]?.message);
    const applied = await applyImport(server, otherCoordinator, {
      networkId: net.network.id,
      files: initial,
      planDigest: 'x',
      applyRemovals: true,
    });
    expect(errorCode(applied)).toBe('NOT_FOUND');
  });

  it('previews a first import without writing, then applies exactly that plan', async () => {
    const before = await networkCounts(server.db, net.network.id);
    const res = await previewImport(server, coordinator, { networkId: net.network.id, files: initial });
    expect(res.errors).toBeUndefined();
    const preview = res.data!.previewRosterImport;
    expect(preview.errors).toEqual([]);
    expect(preview.skipped).toBe(2); // the district and the guardian
    expect(actions(preview)).toEqual({
      schools: { ...none, match: 1, add: 1, unchanged: 0 },
      teachers: { ...none, match: 1, add: 1, unchanged: 0 },
      students: { ...none, add: 4, unchanged: 0 },
      classes: { ...none, add: 2, unchanged: 0 },
      enrollments: { ...none, add: 4, unchanged: 0 },
    });
    expect(preview.students.changes[0]).toMatchObject({ name: 'Maya Lopez', detail: `username mlopez.lakeview${tag}` });
    expect(await networkCounts(server.db, net.network.id)).toEqual(before);

    const applied = await applyImport(server, coordinator, {
      networkId: net.network.id,
      files: initial,
      planDigest: preview.digest,
      applyRemovals: false,
    });
    expect(applied.errors).toBeUndefined();
    expect(await networkCounts(server.db, net.network.id)).toMatchObject({
      schools: 2,
      teachers: before.teachers + 2,
      students: 4,
      classes: 2,
      enrollments: 4,
    });
    // Ana's existing account teaches the class; students have no email in Switchback.
    const [ela] = (await server.db.query(
      `SELECT teacher_id, subject, grade_level FROM class WHERE name = $1 AND network_id = $2`,
      ['English 10 - Period 2', net.network.id],
    )) as { teacher_id: string; subject: string; grade_level: string }[];
    expect(ela).toEqual({ teacher_id: anaAccount.id, subject: 'English Language Arts', grade_level: '10' });
    const emails = (await server.db.query(
      `SELECT u.email FROM "user" u JOIN membership m ON m.user_id = u.id WHERE m.network_id = $1 AND m.role = 'STUDENT'`,
      [net.network.id],
    )) as { email: string | null }[];
    expect(emails.map((e) => e.email)).toEqual([null, null, null, null]);
    const [audit] = (await server.db.query(
      `SELECT data FROM audit_event WHERE network_id = $1 AND action = 'roster.import'`,
      [net.network.id],
    )) as { data: Record<string, { add: number }> }[];
    expect(audit.data.students.add).toBe(4);
  });

  it('lets the class teacher give an imported student a password, so the student can sign in', async () => {
    const ana = await signIn(server, `ana.reyes@lakeview${tag}.example`);
    const classes = await server.gql<{ myClasses: { id: string; name: string }[] }>(
      'query($n: ID!) { myClasses(networkId: $n) { id name } }',
      { n: net.network.id },
      { token: ana },
    );
    const ela = classes.data!.myClasses.find((c) => c.name === 'English 10 - Period 2')!;
    const [maya] = (await server.db.query(`SELECT id FROM "user" WHERE username = $1`, [`mlopez.lakeview${tag}`])) as {
      id: string;
    }[];
    // An imported account has no password: no password opens it.
    await expect(signIn(server, `mlopez.lakeview${tag}`, '!no-password')).rejects.toThrow(/do not match/);
    const reset = await server.gql(
      'mutation($i: ResetStudentPasswordInput!) { resetStudentPassword(input: $i) }',
      { i: { classId: ela.id, studentId: maya.id, password: 'a new long password' } },
      { token: ana },
    );
    expect(reset.errors).toBeUndefined();
    expect(await signIn(server, `mlopez.lakeview${tag}`, 'a new long password')).toBeTruthy();
  });

  it('re-imports the same files twice without changing or duplicating anything', async () => {
    const before = await networkCounts(server.db, net.network.id);
    for (let i = 0; i < 2; i++) {
      const preview = (await previewImport(server, coordinator, { networkId: net.network.id, files: initial })).data!
        .previewRosterImport;
      expect(actions(preview)).toEqual({
        schools: { ...none, unchanged: 2 },
        teachers: { ...none, unchanged: 2 },
        students: { ...none, unchanged: 4 },
        classes: { ...none, unchanged: 2 },
        enrollments: { ...none, unchanged: 4 },
      });
      const applied = await applyImport(server, coordinator, {
        networkId: net.network.id,
        files: initial,
        planDigest: preview.digest,
        applyRemovals: true,
      });
      expect(applied.errors).toBeUndefined();
      expect(await networkCounts(server.db, net.network.id)).toEqual(before);
    }
  });

  it('shows a dropped enrollment as a removal first and removes it only when confirmed', async () => {
    const res = await previewImport(server, coordinator, { networkId: net.network.id, files: changed });
    const preview = res.data!.previewRosterImport;
    expect(actions(preview)).toEqual({
      schools: { ...none, unchanged: 2 },
      teachers: { ...none, unchanged: 2 },
      students: { ...none, add: 1, unchanged: 4 },
      classes: { ...none, update: 1, unchanged: 1 },
      enrollments: { ...none, add: 1, remove: 1, unchanged: 3 },
    });
    expect(preview.classes.changes).toEqual([
      {
        action: 'UPDATE',
        sourcedId: 'cl-ela10',
        name: 'English 10 - Argument Writing',
        detail: 'was "English 10 - Period 2"',
      },
    ]);
    expect(preview.enrollments.changes[0]).toEqual({
      action: 'REMOVE',
      sourcedId: 'e-3',
      name: 'English 10 - Period 2',
      detail: 'student s-3 leaves this class',
    });

    // Applied without the removals: Ella stays enrolled; the rest is done.
    const kept = await applyImport(server, coordinator, {
      networkId: net.network.id,
      files: changed,
      planDigest: preview.digest,
      applyRemovals: false,
    });
    expect(kept.data?.applyRosterImport.removalsApplied).toBe(false);
    expect(await networkCounts(server.db, net.network.id)).toMatchObject({ students: 5, classes: 2, enrollments: 5 });

    // The stale preview is refused once things changed.
    const stale = await applyImport(server, coordinator, {
      networkId: net.network.id,
      files: changed,
      planDigest: preview.digest,
      applyRemovals: true,
    });
    expect(errorCode(stale)).toBe('CONFLICT');

    const again = (await previewImport(server, coordinator, { networkId: net.network.id, files: changed })).data!
      .previewRosterImport;
    expect(actions(again).enrollments).toEqual({ ...none, remove: 1, unchanged: 4 });
    const removed = await applyImport(server, coordinator, {
      networkId: net.network.id,
      files: changed,
      planDigest: again.digest,
      applyRemovals: true,
    });
    expect(removed.data?.applyRosterImport.removalsApplied).toBe(true);
    // Ella was in no other class: her membership ends, as when her teacher removes her.
    expect(await networkCounts(server.db, net.network.id)).toMatchObject({
      students: 5,
      activeStudents: 4,
      enrollments: 4,
      classes: 2,
    });
    const [renamed] = (await server.db.query(
      `SELECT count(*)::int AS n FROM class WHERE network_id = $1 AND name = $2`,
      [net.network.id, 'English 10 - Argument Writing'],
    )) as { n: number }[];
    expect(renamed.n).toBe(1);
  });
});
