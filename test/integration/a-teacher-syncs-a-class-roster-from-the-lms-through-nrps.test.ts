/**
 * "Sync roster from the LMS" against a simulated LMS on port 0: Switchback gets an access token with a
 * client assertion signed by its tool key (the LMS checks it against Switchback's own
 * /.well-known/jwks.json), reads the course's Names and Role Provisioning roster page by page
 * (Link: rel="next"), and enrolls the learners as pseudonymous student accounts bound to their LMS ids.
 * A second sync creates nothing twice; members who left the course are reported and stay enrolled;
 * names reach only those who see the class roster; a refusing token endpoint changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { In } from 'typeorm';
import { User } from '../../server/src/auth/user.entity.js';
import { Enrollment } from '../../server/src/classes/enrollment.entity.js';
import { LtiUserLink } from '../../server/src/integrations/lti/lti-user-link.entity.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { createClass, createNetwork, createPerson, signIn, type TestNetwork } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { linkCourse, registerPlatform } from '../support/lti-links.js';
import { ROLES, SCOPES, startPlatform, type Member, type SimulatedPlatform } from '../support/lms-services-platform.js';

const SYNC = `mutation($c: ID!) { syncLmsRoster(classId: $c) {
  id courseTitles instructors notFromLms
  added { studentId name reason } alreadyThere { studentId name } gone { studentId name } skipped { name reason } } }`;
const STATUS = `query($c: ID!) { lmsClassLink(classId: $c) {
  classId courses { title platformName hasRoster hasGrades } lastSync { added { studentId name } } } }`;

interface Person {
  studentId: string | null;
  name: string;
  reason?: string | null;
}
interface Sync {
  id: string;
  courseTitles: string[];
  instructors: number;
  notFromLms: number;
  added: Person[];
  alreadyThere: Person[];
  gone: Person[];
  skipped: Person[];
}

const learner = (id: string, name: string, extra: Partial<Member> = {}): Member => ({
  user_id: id,
  roles: [ROLES.learner],
  name,
  ...extra,
});

describe('a teacher syncs a class roster from the LMS through NRPS', () => {
  let server: TestServer;
  let platform: SimulatedPlatform;
  let net: TestNetwork;
  let classId: string;
  let teacher: string;
  let coordinator: string;
  let colleague: string;

  beforeAll(async () => {
    server = await startServer();
    platform = await startPlatform({ toolJwksUrl: `${server.url}/.well-known/jwks.json` });
    net = await createNetwork(server.db, 2);
    const t = await createPerson(server.db, net, 'TEACHER', { name: 'Tess Teacher' });
    const joinedWithCode = await createPerson(server.db, net, 'STUDENT', { name: 'Cody Codejoiner' });
    classId = (await createClass(server.db, net, t, [joinedWithCode], { name: 'Period 2' })).id;
    teacher = await signIn(server, t.login);
    coordinator = await signIn(server, (await createPerson(server.db, net, 'COORDINATOR')).login);
    colleague = await signIn(server, (await createPerson(server.db, net, 'TEACHER')).login);
    platform.courses.set('bio-101', {
      title: 'Biology 101',
      members: [
        { user_id: 'lms-teacher', roles: [ROLES.instructor], name: 'Ms Instructor', email: 'teacher@lms.example' },
        learner('lms-1', 'Ada Alder'),
        learner('lms-2', 'Ben Birch', { email: 'ben.birch@kids.example' }),
        learner('lms-3', '', { given_name: 'Cleo', family_name: 'Cedar' }),
        learner('lms-4', 'Dev Dogwood'),
        learner('lms-5', 'Eve\u202E Elm'),
      ],
    });
    const row = await registerPlatform(server.db, net, platform);
    await linkCourse(server.db, row, platform, 'bio-101', { classId });
  });
  afterAll(async () => {
    await server?.close();
    await platform?.close();
  });

  const sync = async (token = teacher) => {
    const res = await server.gql<{ syncLmsRoster: Sync }>(SYNC, { c: classId }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.syncLmsRoster;
  };
  const studentsOfPlatform = async () =>
    server.db
      .getRepository(LtiUserLink)
      .find({ where: { sub: In(['lms-1', 'lms-2', 'lms-3', 'lms-4', 'lms-5', 'lms-6']) } });

  it('reads every page of the course roster and enrolls its learners, bound to their LMS ids', async () => {
    const first = await sync();
    expect(first.courseTitles).toEqual(['Biology 101']);
    expect(first.added.map((p) => p.name)).toEqual(['Ada Alder', 'Ben Birch', 'Cleo Cedar', 'Dev Dogwood', 'Eve Elm']);
    expect(first.alreadyThere).toEqual([]);
    expect(first.gone).toEqual([]);
    expect(first.instructors).toBe(1);
    expect(first.notFromLms).toBe(1);

    // Three pages of two, followed through Link: rel="next".
    expect(platform.rosterPages).toHaveLength(3);
    expect(platform.rosterPages[2]).toMatch(/\?page=3$/);
    // One token, asked with an assertion signed by the tool key (verified against our JWKS).
    expect(platform.tokenRequests).toHaveLength(1);
    const [req] = platform.tokenRequests;
    expect(req.granted).toBe(true);
    expect(req.scope).toBe(SCOPES.roster);
    expect(req.claims).toMatchObject({ iss: platform.clientId, sub: platform.clientId, aud: platform.tokenUrl });
    expect(typeof req.claims!.jti).toBe('string');

    // Pseudonymous student accounts: a random username, no email, no password, at the class's school.
    const links = await studentsOfPlatform();
    expect(links.map((l) => l.sub).sort()).toEqual(['lms-1', 'lms-2', 'lms-3', 'lms-4', 'lms-5']);
    const users = await server.db.getRepository(User).findBy({ id: In(links.map((l) => l.userId)) });
    for (const u of users) {
      expect(u.email).toBeNull();
      expect(u.username).toMatch(/^lms-[0-9a-f]{16}$/);
    }
    expect(await server.db.getRepository(User).countBy({ email: 'ben.birch@kids.example' })).toBe(0);
    const memberships = await server.db.getRepository(Membership).findBy({ userId: In(links.map((l) => l.userId)) });
    expect(memberships.map((m) => [m.role, m.schoolId, m.status])).toEqual(
      links.map(() => ['STUDENT', net.schools[0].id, 'ACTIVE']),
    );
    expect(
      await server.db.getRepository(Enrollment).countBy({ classId, studentId: In(links.map((l) => l.userId)) }),
    ).toBe(5);
    const withPassword = await server.gql(`mutation($i: SignInInput!) { signIn(input: $i) { token } }`, {
      i: { login: users[0].username, password: '!no-password' },
    });
    expect(withPassword.errors).toBeDefined();
  });

  it('creates nothing twice on a second sync, and reports members who left without removing them', async () => {
    const usersBefore = await server.db.getRepository(User).count();
    const again = await sync();
    expect(again.added).toEqual([]);
    expect(again.alreadyThere).toHaveLength(5);
    expect(await server.db.getRepository(User).count()).toBe(usersBefore);
    // The access token is reused until it expires.
    expect(platform.tokenRequests).toHaveLength(1);

    const course = platform.courses.get('bio-101')!;
    course.members = course.members
      .filter((m) => m.user_id !== 'lms-5')
      .map((m) => (m.user_id === 'lms-4' ? { ...m, status: 'Inactive' as const } : m));
    course.members.push(learner('lms-6', 'Fay Fir'));
    const third = await sync();
    expect(third.added.map((p) => p.name)).toEqual(['Fay Fir']);
    expect(third.alreadyThere.map((p) => p.name)).toEqual(['Ada Alder', 'Ben Birch', 'Cleo Cedar']);
    expect(third.gone.map((p) => p.name)).toEqual(['Dev Dogwood', 'Eve Elm']);
    // Gone from the LMS is shown, not acted on: they are still in the class.
    const roster = await server.gql<{ classRoster: { displayName: string }[] }>(
      `query($c: ID!) { classRoster(classId: $c) { displayName } }`,
      { c: classId },
      { token: teacher },
    );
    expect(roster.data!.classRoster.map((r) => r.displayName)).toEqual(
      expect.arrayContaining(['Dev Dogwood', 'Eve Elm', 'Fay Fir', 'Cody Codejoiner']),
    );
    expect(await studentsOfPlatform()).toHaveLength(6);
  });

  it("shows students' names only to those who see the class roster", async () => {
    const mine = await server.gql<{ lmsClassLink: { courses: unknown[]; lastSync: { added: Person[] } } }>(
      STATUS,
      { c: classId },
      { token: teacher },
    );
    expect(mine.data!.lmsClassLink.courses).toEqual([
      { title: 'Biology 101', platformName: 'Test LMS', hasRoster: true, hasGrades: true },
    ]);
    expect(mine.data!.lmsClassLink.lastSync.added.map((p) => p.name)).toEqual(['Fay Fir']);

    // A coordinator may sync (at the start of a term) but sees no student's name.
    const coord = await server.gql<{ syncLmsRoster: Sync }>(SYNC, { c: classId }, { token: coordinator });
    expect(coord.errors).toBeUndefined();
    const names = [...coord.data!.syncLmsRoster.alreadyThere, ...coord.data!.syncLmsRoster.gone].map((p) => p.name);
    expect(new Set(names)).toEqual(new Set(['A student']));
    expect(JSON.stringify(coord.data)).not.toMatch(/Ada|Birch|Fay/);

    const other = await server.gql(SYNC, { c: classId }, { token: colleague });
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(STATUS, { c: classId }, { token: colleague }))).toBe('FORBIDDEN');
  });

  it('changes nothing when the LMS refuses the token, and says what to do', async () => {
    const refusing = await startPlatform({ toolJwksUrl: `${server.url}/.well-known/jwks.json` });
    try {
      refusing.refuseTokens = true;
      refusing.courses.set('chem', { title: 'Chemistry', members: [learner('x-1', 'Gus Gum')] });
      const t = await createPerson(server.db, net, 'TEACHER');
      const cls = await createClass(server.db, net, t);
      await linkCourse(server.db, await registerPlatform(server.db, net, refusing), refusing, 'chem', {
        classId: cls.id,
      });
      const token = await signIn(server, t.login);
      const users = await server.db.getRepository(User).count();

      const res = await server.gql(SYNC, { c: cls.id }, { token });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(
        /^The LMS refused Switchback access to this course\. Ask your coordinator/,
      );
      expect(JSON.stringify(res.errors)).not.toMatch(/invalid_client|127\.0\.0\.1|stack/);
      // The assertion itself was valid: the platform checked it, then refused.
      expect(refusing.tokenRequests).toEqual([
        expect.objectContaining({ granted: false, refusal: 'this platform refuses the tool' }),
      ]);
      expect(refusing.rosterPages).toEqual([]);
      expect(await server.db.getRepository(User).count()).toBe(users);
      expect(await server.db.getRepository(Enrollment).countBy({ classId: cls.id })).toBe(0);
      const status = await server.gql<{ lmsClassLink: { lastSync: unknown } }>(STATUS, { c: cls.id }, { token });
      expect(status.data!.lmsClassLink.lastSync).toBeNull();
    } finally {
      await refusing.close();
    }
  });

  it('explains when the class has no LMS course yet', async () => {
    const t = await createPerson(server.db, net, 'TEACHER');
    const cls = await createClass(server.db, net, t);
    const res = await server.gql(SYNC, { c: cls.id }, { token: await signIn(server, t.login) });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/^This class is not linked to an LMS course yet/);
  });
});
