import type { EntityManager } from 'typeorm';
import type { User } from '../../auth/user.entity.js';
import { Goal } from '../../groups/goal.entity.js';
import { GroupActivity } from '../../groups/group-activity.entity.js';
import { GroupMember } from '../../groups/group-member.entity.js';
import { Group } from '../../groups/group.entity.js';
import { GroupProposal } from '../../groups/group-proposal.entity.js';
import { Post } from '../../groups/post.entity.js';
import { Notification } from '../../notifications/notification.entity.js';
import type { Network } from '../../networks/network.entity.js';

const days = (n: number) => new Date(Date.now() - n * 86400_000);

/**
 * Job-alike groups with the joint work the network this is modelled on did: the language arts
 * group's argument-writing units, the math group's locked-box challenge, the principals' new
 * observation protocol. The two science teachers are in no group, so the coordinator sees them
 * as isolated; one of them has proposed a science group that waits for the coordinator.
 */
export async function seedDemoGroups(m: EntityManager, network: Network, people: Map<string, User>): Promise<void> {
  const who = (key: string) => people.get(key)!.id;
  const ela = await m.save(
    m.create(Group, {
      networkId: network.id,
      name: 'Language Arts Job-Alike',
      focus: 'SUBJECT',
      subject: 'English Language Arts',
      description: 'High-school ELA teachers co-designing argument-writing units and cross-school peer feedback.',
      primeFocus: 'CURRICULUM',
      access: 'OPEN',
      lastActivityAt: days(1),
    }),
  );
  const math = await m.save(
    m.create(Group, {
      networkId: network.id,
      name: 'Math Job-Alike',
      focus: 'SUBJECT',
      subject: 'Mathematics',
      description: 'From trading classroom problems to designing challenges together.',
      primeFocus: 'PEDAGOGY',
      access: 'OPEN',
      lastActivityAt: days(3),
    }),
  );
  const principals = await m.save(
    m.create(Group, {
      networkId: network.id,
      name: 'Principals',
      focus: 'ROLE',
      role: 'ADMINISTRATOR',
      description: 'Rethinking the purpose of classroom observations and our observation protocols.',
      primeFocus: 'EVALUATION',
      access: 'CLOSED',
      lastActivityAt: days(5),
    }),
  );
  const members: [Group, string, 'FACILITATOR' | 'MEMBER'][] = [
    [ela, 'ruth.okada', 'FACILITATOR'],
    [ela, 'nora.fairweather', 'MEMBER'],
    [ela, 'lena.castillo', 'MEMBER'],
    [ela, 'ivy.brennan', 'MEMBER'],
    [math, 'hank.mueller', 'FACILITATOR'],
    [math, 'sam.peters', 'MEMBER'],
    [math, 'grace.lindqvist', 'MEMBER'],
    [principals, 'principal.jordan', 'FACILITATOR'],
  ];
  for (const [group, key, role] of members) {
    await m.insert(GroupMember, { groupId: group.id, networkId: network.id, userId: who(key), role, status: 'ACTIVE' });
  }

  const argument = await m.save(
    m.create(Goal, {
      groupId: ela.id,
      statement: 'All our 10th graders will write an argument that answers a counter-claim.',
      successCriteria:
        'On the shared peer-editing rubric, 80% score 3 or higher on "Addresses counter-claims" by spring.',
      targetDate: `${new Date().getFullYear() + 1}-04-30`,
      status: 'ACTIVE',
      createdById: who('ruth.okada'),
    }),
  );
  const boxes = await m.save(
    m.create(Goal, {
      groupId: math.id,
      statement: 'Run a locked-box challenge: students solve equations to open boxes chained with combination locks.',
      successCriteria: 'Every class runs it once; we share which equations stumped students.',
      targetDate: null,
      status: 'ACTIVE',
      createdById: who('hank.mueller'),
    }),
  );
  const observations = await m.save(
    m.create(Goal, {
      groupId: principals.id,
      statement: 'Redesign our classroom observations around teacher growth, not compliance.',
      successCriteria: 'A shared observation protocol piloted in every school this year.',
      targetDate: null,
      status: 'ACTIVE',
      createdById: who('principal.jordan'),
    }),
  );

  const post = async (group: Group, author: string, kind: Post['kind'], body: string, extra: Partial<Post> = {}) =>
    m.save(
      m.create(Post, { groupId: group.id, authorId: who(author), kind, body, links: [], mentionIds: [], ...extra }),
    );
  const checkIn = await post(
    ela,
    'nora.fairweather',
    'CHECK_IN',
    'My 10th graders drafted arguments on drones in agriculture. Most state a counter-claim but few answer it yet.',
    { goalId: argument.id, createdAt: days(2) },
  );
  await post(
    ela,
    'ruth.okada',
    'CHECK_IN',
    'Same here. Let us trade two anonymised essays each before the next check-in?',
    {
      parentId: checkIn.id,
      goalId: argument.id,
      createdAt: days(1),
    },
  );
  await post(ela, 'lena.castillo', 'RESOURCE', 'Mini-lesson I used for "one laptop per student" debates.', {
    links: [{ url: 'https://example.org/counter-claims-mini-lesson', title: 'Counter-claims mini-lesson' }],
    createdAt: days(4),
  });
  await post(
    math,
    'grace.lindqvist',
    'CELEBRATION',
    'The locked boxes arrived! Chains and three-digit locks for every team.',
    {
      goalId: boxes.id,
      createdAt: days(3),
    },
  );
  await post(principals, 'principal.jordan', 'QUESTION', 'What do you look for first when you walk into a classroom?', {
    goalId: observations.id,
    createdAt: days(5),
  });

  const feed: [Group, string, string, number][] = [
    [ela, 'ruth.okada', 'set a goal: All our 10th graders will write an argument that answers a counter-claim.', 10],
    [ela, 'nora.fairweather', 'posted a check-in: My 10th graders drafted arguments on drones in agriculture…', 2],
    [math, 'hank.mueller', 'set a goal: Run a locked-box challenge…', 9],
    [principals, 'principal.jordan', 'set a goal: Redesign our classroom observations…', 8],
  ];
  for (const [group, actor, summary, ago] of feed) {
    const kind = summary.startsWith('set a goal') ? 'GOAL_CREATED' : 'POST_CREATED';
    await m.insert(GroupActivity, { groupId: group.id, actorId: who(actor), kind, summary, createdAt: days(ago) });
  }

  // Owen Tsosie proposed a science group with his one job-alike; it waits for the coordinator.
  const proposal = await m.save(
    m.create(GroupProposal, {
      networkId: network.id,
      proposerId: who('owen.tsosie'),
      name: 'Science Labs on a Shoestring',
      focus: 'SUBJECT',
      subject: 'Science',
      description: 'Hands-on labs with what a small school has: shared kits, field work, borrowed probes.',
      primeFocus: 'PEDAGOGY',
      reason: 'Eli and I are each the only science teacher in our schools, and we both teach lab science.',
      inviteeIds: [who('eli.johansen')],
      status: 'PENDING',
      createdAt: days(1),
    }),
  );
  await m.insert(Notification, {
    userId: who('coordinator'),
    networkId: network.id,
    kind: 'GROUP_PROPOSED',
    text: `Owen Tsosie proposes a new group, ${proposal.name}: approve or decline it on the Groups page`,
    createdAt: days(1),
  });
}
