import type { EntityManager } from 'typeorm';
import type { User } from '../../auth/user.entity.js';
import type { Network } from '../../networks/network.entity.js';
import { MentoringMeeting } from '../../observe/mentoring/mentoring-meeting.entity.js';
import { Mentorship } from '../../observe/mentoring/mentorship.entity.js';
import { Unit } from '../../units/unit.entity.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * One mentoring pair in the demo network: Sam Peters (Tok School, newer to teaching mathematics)
 * with Hank Mueller (Garfield County High School in Jordan, Montana, an experienced mathematics teacher), paired by the coordinator
 * seven weeks ago, with two meetings; the last one's next steps are due in a few days.
 */
export async function seedDemoMentoring(m: EntityManager, network: Network, people: Map<string, User>): Promise<void> {
  const coordinator = people.get('coordinator')!.id;
  const sam = people.get('sam.peters')!.id;
  const hank = people.get('hank.mueller')!.id;
  // They co-plan on the Math Job-Alike's locked-box unit.
  const unit = await m
    .getRepository(Unit)
    .findOneBy({ networkId: network.id, title: 'Locked boxes: systems of equations' });
  const pair = await m.save(
    m.create(Mentorship, {
      networkId: network.id,
      mentorId: hank,
      menteeId: sam,
      status: 'ACTIVE',
      goals:
        'Get every student talking about their reasoning in Algebra I.\nPlan one unit together and observe each other teach it (recorded: Tok and Jordan are two time zones apart).',
      unitId: unit?.id ?? null,
      createdById: coordinator,
      startedAt: daysAgo(49),
    }),
  );
  await m.save([
    m.create(MentoringMeeting, {
      mentorshipId: pair.id,
      meetingOn: dayOf(daysAgo(35)),
      notes: 'Introductions. Sam has 22 students across three grades in one room; questioning is the hardest part.',
      nextSteps: 'Sam records ten minutes of a lesson; Hank shares his question stems.',
      nextStepsDueOn: dayOf(daysAgo(21)),
      loggedById: hank,
      createdAt: daysAgo(35),
    }),
    m.create(MentoringMeeting, {
      mentorshipId: pair.id,
      meetingOn: dayOf(daysAgo(6)),
      notes: 'Watched the recording together. The wait time after questions grew from 1 to 3 seconds.',
      nextSteps: 'Try think-pair-share with the locked-box task; log how many students explain their step.',
      nextStepsDueOn: dayOf(daysAgo(-4)),
      loggedById: sam,
      createdAt: daysAgo(6),
    }),
  ]);
}
