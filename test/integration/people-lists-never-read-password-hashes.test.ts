import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addToGroup, createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { statementsDuring } from '../support/sql-statements.js';
import { ok } from '../support/units-api.js';

const MEMBERS = `query($networkId: ID!) { members(networkId: $networkId, first: 50) {
  nodes { user { displayName email } school { name } } } }`;
const ISOLATED = `query($networkId: ID!) { isolatedMembers(networkId: $networkId) {
  reason member { user { displayName } school { name } } } }`;
const MENTORS = `query($networkId: ID!, $menteeId: ID!) { mentorMatches(networkId: $networkId, menteeId: $menteeId) {
  member { user { displayName } school { name } } } }`;
const JOB_ALIKES = `query($networkId: ID!) { jobAlikes(networkId: $networkId) { member { user { displayName } } } }`;

type Named = { user: { displayName: string } };

/**
 * Lists of people (the member directory, isolated teachers, mentor matches, job-alikes) read the
 * User type's columns only: no statement but the caller's own session lookup reads a password hash
 * or digest settings, however many people a statewide network lists.
 */
describe('people lists never read password hashes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('lists-members-isolated-teachers-mentor-matches-and-job-alikes-without-reading-a-password-hash', async () => {
    const net = await createNetwork(server.db, 3);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR', { name: 'Cora Coordinator' });
    const names = ['Ada Math', 'Ben Math', 'Cal Math'];
    const teachers = [];
    for (let i = 0; i < 3; i++) {
      teachers.push(
        await createPerson(server.db, net, 'TEACHER', {
          school: net.schools[i],
          subjects: ['Mathematics'],
          name: names[i],
        }),
      );
    }
    await addToGroup(server.db, await createGroup(server.db, net), teachers[0]);
    const coordinatorToken = await signIn(server, coordinator.login);
    const teacherToken = await signIn(server, teachers[0].login);
    const networkId = net.network.id;

    const read = async <T>(query: string, vars: Record<string, unknown>, token: string) => {
      const run = await statementsDuring(() => server.gql<T>(query, vars, { token }));
      const private_ = run.sql.filter((s) => /password_hash|digest_frequency/.test(s) && !/FROM "session"/.test(s));
      return { data: ok(run.result), private_ };
    };
    const displayNames = (list: Named[]) => list.map((p) => p.user.displayName).sort();

    const members = await read<{ members: { nodes: (Named & { user: { email: string } })[] } }>(
      MEMBERS,
      { networkId },
      coordinatorToken,
    );
    expect(displayNames(members.data.members.nodes)).toEqual([...names, 'Cora Coordinator'].sort());
    expect(members.data.members.nodes.every((n) => n.user.email.endsWith('@example.org'))).toBe(true);
    expect(members.private_).toEqual([]);

    const isolated = await read<{ isolatedMembers: { reason: string; member: Named }[] }>(
      ISOLATED,
      { networkId },
      coordinatorToken,
    );
    expect(displayNames(isolated.data.isolatedMembers.map((i) => i.member))).toEqual(['Ben Math', 'Cal Math']);
    expect(isolated.data.isolatedMembers.every((i) => i.reason === 'NO_GROUP')).toBe(true);
    expect(isolated.private_).toEqual([]);

    const mentors = await read<{ mentorMatches: { member: Named }[] }>(
      MENTORS,
      { networkId, menteeId: teachers[0].user.id },
      coordinatorToken,
    );
    expect(displayNames(mentors.data.mentorMatches.map((m) => m.member))).toEqual(['Ben Math', 'Cal Math']);
    expect(mentors.private_).toEqual([]);

    const jobAlikes = await read<{ jobAlikes: { member: Named }[] }>(JOB_ALIKES, { networkId }, teacherToken);
    expect(displayNames(jobAlikes.data.jobAlikes.map((j) => j.member))).toEqual(['Ben Math', 'Cal Math']);
    expect(jobAlikes.private_).toEqual([]);
  });
});
