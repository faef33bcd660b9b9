import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashToken, randomToken } from '../../auth/tokens.js';
import type { User } from '../../auth/user.entity.js';
import { SchoolClass } from '../../classes/school-class.entity.js';
import { ExchangeClass } from '../../feedback/exchange-class.entity.js';
import { Exchange } from '../../feedback/exchange.entity.js';
import { Rubric } from '../../feedback/rubric.entity.js';
import { Invitation } from '../../networks/invitation.entity.js';
import type { Network } from '../../networks/network.entity.js';
import { School } from '../../networks/school.entity.js';
import { Unit } from '../../units/unit.entity.js';
import { UnitReview, UnitReviewFriend } from '../../units/unit-review.entity.js';

const day = 86_400_000;

/**
 * What makes every demo person's to-do say something (the rest comes from the other seeds:
 * students' reviews and late essays, facilitated sessions, convening registrations, isolated
 * members): Nora's next exchange, still to open, with Lena and Ivy invited to add their classes;
 * a critical-friend round of the Math group's draft with the two science teachers as friends; an
 * invitation the coordinator sent that nobody accepted yet.
 */
export async function seedDemoToDo(m: EntityManager, network: Network, users: Map<string, User>): Promise<void> {
  const who = (key: string) => users.get(key)!.id;
  const now = Date.now();

  const rubric = await m.getRepository(Rubric).findOneByOrFail({ networkId: network.id, ownerId: who('ruth.okada') });
  const noraClass = await m.getRepository(SchoolClass).findOneByOrFail({ teacherId: who('nora.fairweather') });
  const next = await m.save(
    m.create(Exchange, {
      networkId: network.id,
      ownerId: who('nora.fairweather'),
      title: 'Should our towns keep their own school calendars?',
      prompt:
        'Write an argumentative essay (400–600 words): should rural towns set their own school calendar ' +
        '(fishing, harvest, hunting seasons), or follow the state’s? Answer the strongest counter-claim.',
      rubricId: rubric.id,
      reviewsPerSubmission: 2,
      anonymity: 'DOUBLE_BLIND',
      crossSchoolOnly: true,
      acceptLateEssays: true,
      submissionDueAt: new Date(now + 14 * day),
      reviewDueAt: new Date(now + 19 * day),
      feedbackReleaseAt: new Date(now + 21 * day),
      phase: 'DRAFT',
      pseudonymSeed: randomInt(2_147_483_647),
    }),
  );
  await m.insert(ExchangeClass, [
    {
      exchangeId: next.id,
      classId: noraClass.id,
      schoolId: noraClass.schoolId,
      addedById: who('nora.fairweather'),
      status: 'JOINED',
      invitedTeacherId: null,
    },
    ...['lena.castillo', 'ivy.brennan'].map((key) => ({
      exchangeId: next.id,
      classId: null,
      schoolId: null,
      addedById: who('nora.fairweather'),
      status: 'INVITED' as const,
      invitedTeacherId: who(key),
    })),
  ]);

  const draft = await m
    .getRepository(Unit)
    .findOneByOrFail({ networkId: network.id, title: 'Locked boxes: systems of equations' });
  const round = await m.save(
    m.create(UnitReview, { unitId: draft.id, stage: 'CLARIFYING', startedById: who('hank.mueller') }),
  );
  await m.insert(
    UnitReviewFriend,
    ['eli.johansen', 'owen.tsosie'].map((key) => ({ reviewId: round.id, userId: who(key) })),
  );
  await m.update(Unit, draft.id, { status: 'IN_REVIEW' });

  const copper = await m.getRepository(School).findOneByOrFail({ networkId: network.id, name: 'Copper River School' });
  await m.insert(Invitation, {
    networkId: network.id,
    schoolId: copper.id,
    email: 'june.nicolai@demo.switchback.local',
    role: 'TEACHER',
    subjects: ['Science'],
    gradeLevels: [],
    tokenHash: hashToken(randomToken()),
    invitedById: who('coordinator'),
    expiresAt: new Date(now + 5 * day),
  });
}
