import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { instantToWallTime, wallTimeToInstant, type RegistrationStatus, type SessionKind } from '@switchback/shared';
import type { User } from '../../auth/user.entity.js';
import { Document } from '../../collaboration/document.entity.js';
import { ConveningRegistration } from '../../convenings/convening-registration.entity.js';
import { ConveningSession } from '../../convenings/convening-session.entity.js';
import { Convening } from '../../convenings/convening.entity.js';
import { SessionSeat } from '../../convenings/session-seat.entity.js';
import { Group } from '../../groups/group.entity.js';
import type { Network } from '../../networks/network.entity.js';
import { School } from '../../networks/school.entity.js';

const DAY = 86_400_000;
const TIME_ZONE = 'America/Los_Angeles';
const EMPTY_NOTES = Y.encodeStateAsUpdate(new Y.Doc());

interface DemoSession {
  key: string;
  kind: SessionKind;
  title: string;
  description: string;
  group: string | null;
  facilitator: string | null;
  /** 0 for the first day, 1 for the second. */
  day: 0 | 1;
  from: string;
  to: string;
  room: string;
  capacity: number | null;
}

const SESSIONS: DemoSession[] = [
  {
    key: 'opening',
    kind: 'PLENARY',
    title: 'Opening: a year of working across schools',
    description: 'Welcome from the host school, then each group shares one thing it tried together since the fall.',
    group: null,
    facilitator: 'coordinator',
    day: 0,
    from: '13:00',
    to: '14:30',
    room: 'Gym',
    capacity: null,
  },
  {
    key: 'social',
    kind: 'SOCIAL',
    title: 'Dinner and stories',
    description: 'A potluck dinner in the commons, hosted by Lyle families.',
    group: null,
    facilitator: null,
    day: 0,
    from: '18:00',
    to: '20:00',
    room: 'Commons',
    capacity: 40,
  },
  {
    key: 'ela',
    kind: 'JOB_ALIKE',
    title: 'Scoring our counter-claim essays together',
    description:
      'Bring two anonymised essays from the argument unit. We calibrate on the shared peer-editing rubric and plan the next exchange.',
    group: 'Language Arts Job-Alike',
    facilitator: 'ruth.okada',
    day: 1,
    from: '09:00',
    to: '11:30',
    room: 'Library',
    capacity: 12,
  },
  {
    key: 'math',
    kind: 'JOB_ALIKE',
    title: 'Building the locked-box challenge',
    description: 'We finish the chain of systems for the locked boxes and try it on each other.',
    group: 'Math Job-Alike',
    facilitator: 'hank.mueller',
    day: 1,
    from: '09:00',
    to: '11:30',
    room: 'Room 12',
    capacity: 12,
  },
];

interface DemoRegistration {
  who: string;
  status: RegistrationStatus;
  travel?: string;
  needsLodging?: boolean;
  dietary?: string;
  accessibility?: string;
  sessions: string[];
}

const REGISTRATIONS: DemoRegistration[] = [
  { who: 'coordinator', status: 'GOING', travel: 'Driving from Portland.', sessions: ['opening', 'social'] },
  {
    who: 'ruth.okada',
    status: 'GOING',
    travel: 'Flying Fairbanks to Portland; I need a ride from the airport.',
    needsLodging: true,
    dietary: 'Vegetarian',
    sessions: ['opening', 'social', 'ela'],
  },
  {
    who: 'sam.peters',
    status: 'GOING',
    travel: 'Flying Fairbanks to Portland with Ruth.',
    needsLodging: true,
    sessions: ['opening', 'math'],
  },
  { who: 'nora.fairweather', status: 'GOING', sessions: ['opening', 'social', 'ela'] },
  {
    who: 'lena.castillo',
    status: 'GOING',
    travel: 'Driving from Mackay; can take two people from Boise.',
    needsLodging: true,
    dietary: 'Gluten-free',
    accessibility: 'Step-free access to rooms, please: I use a cane.',
    sessions: ['opening', 'social', 'ela'],
  },
  {
    who: 'hank.mueller',
    status: 'GOING',
    travel: 'Flying Billings to Portland.',
    needsLodging: true,
    sessions: ['opening', 'social', 'math'],
  },
  {
    who: 'grace.lindqvist',
    status: 'MAYBE',
    travel: 'Would drive from Paisley.',
    needsLodging: true,
    sessions: ['math'],
  },
  { who: 'eli.johansen', status: 'NOT_GOING', sessions: [] },
];

/** The first Thursday about four months ahead, as a wall-clock date ("YYYY-MM-DD") in the venue's zone. */
function firstDay(): string {
  const day = new Date(Date.now() + 120 * DAY);
  const thursday = new Date(day.getTime() + ((4 - day.getUTCDay() + 7) % 7) * DAY);
  return instantToWallTime(thursday, TIME_ZONE).slice(0, 10);
}

const at = (date: string, plusDays: number, time: string) => {
  const [y, mo, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d) + plusDays * DAY).toISOString().slice(0, 10);
  return wallTimeToInstant(`${day}T${time}`, TIME_ZONE)!;
};

/**
 * The network's published spring convening at Lyle High School, about four months ahead: an
 * opening plenary, a social, the language arts and math job-alike sessions (each with its empty
 * live notes), and registrations with needs and chosen seats.
 */
export async function seedDemoConvenings(m: EntityManager, network: Network, users: Map<string, User>): Promise<void> {
  const who = (key: string) => users.get(key)!.id;
  const lyle = await m.getRepository(School).findOneByOrFail({ networkId: network.id, name: 'Lyle High School' });
  const date = firstDay();
  const startsAt = at(date, 0, '12:00');
  const convening = await m.save(
    m.create(Convening, {
      networkId: network.id,
      title: `Spring Convening ${date.slice(0, 4)}`,
      season: 'SPRING',
      startsAt,
      endsAt: at(date, 1, '15:00'),
      timeZone: TIME_ZONE,
      venue: 'Lyle High School',
      address: 'Lyle, Washington',
      hostSchoolId: lyle.id,
      registrationDeadline: at(date, -21, '17:00'),
      description:
        'Two days in the Columbia River Gorge: job-alike groups meet in person, plan the rest of the year and share what worked. Lodging is arranged for those who travel.',
      status: 'PUBLISHED',
      publishedAt: new Date(Date.now() - 3 * DAY),
      createdById: who('coordinator'),
      createdAt: new Date(Date.now() - 10 * DAY),
    }),
  );

  const sessions = new Map<string, ConveningSession>();
  for (const s of SESSIONS) {
    const id = randomUUID();
    const notes = await m.save(
      m.create(Document, {
        kind: 'SESSION_NOTES',
        ownerId: id,
        state: Buffer.from(EMPTY_NOTES),
        text: '',
        compactedAt: null,
      }),
    );
    const group = s.group
      ? await m.getRepository(Group).findOneByOrFail({ networkId: network.id, name: s.group })
      : null;
    sessions.set(
      s.key,
      await m.save(
        m.create(ConveningSession, {
          id,
          conveningId: convening.id,
          kind: s.kind,
          title: s.title,
          description: s.description,
          groupId: group?.id ?? null,
          startsAt: at(date, s.day, s.from),
          endsAt: at(date, s.day, s.to),
          room: s.room,
          capacity: s.capacity,
          facilitatorId: s.facilitator ? who(s.facilitator) : null,
          notesDocumentId: notes.id,
        }),
      ),
    );
  }

  for (const [i, r] of REGISTRATIONS.entries()) {
    await m.insert(ConveningRegistration, {
      conveningId: convening.id,
      userId: who(r.who),
      status: r.status,
      travel: r.travel ?? '',
      needsLodging: r.needsLodging ?? false,
      dietary: r.dietary ?? '',
      accessibility: r.accessibility ?? '',
      createdAt: new Date(Date.now() - (2.75 - i * 0.25) * DAY),
    });
    for (const key of r.sessions) {
      await m.insert(SessionSeat, {
        sessionId: sessions.get(key)!.id,
        userId: who(r.who),
        status: 'CONFIRMED',
        checkedInAt: null,
        checkedInById: null,
      });
    }
  }
}
