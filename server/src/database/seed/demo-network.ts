import type { EntityManager } from 'typeorm';
import { User } from '../../auth/user.entity.js';
import { Enrollment } from '../../classes/enrollment.entity.js';
import { SchoolClass } from '../../classes/school-class.entity.js';
import { Membership } from '../../networks/membership.entity.js';
import { Network } from '../../networks/network.entity.js';
import { School } from '../../networks/school.entity.js';
import { seedDemoGroups } from './demo-groups.js';
import { seedDemoUnits } from './demo-units.js';
import { seedDemoAdaptations } from './demo-adaptations.js';
import { seedDemoFeedback } from './demo-feedback.js';
import { seedDemoCalibration } from './demo-calibration.js';
import { seedDemoEndorsements } from './demo-endorsements.js';
import { seedDemoStudentCalibration } from './demo-student-calibration.js';
import { seedDemoConvenings } from './demo-convenings.js';
import { seedDemoConversations } from './demo-conversations.js';
import { seedDemoMentoring } from './demo-mentoring.js';
import { seedDemoLessonStudy } from './demo-lesson-study.js';
import type { MediaStorage } from '../../media/media-storage.js';
import { seedDemoShowcase } from './demo-showcase.js';
import { seedDemoToDo } from './demo-todo.js';

export const DEMO_PASSWORD = 'switchback';
export const DEMO_NETWORK_SLUG = 'nw-rural-demo';
export const DEMO_DOMAIN = 'demo.switchback.local';

const SCHOOLS = [
  { key: 'tok', name: 'Tok School', state: 'AK', locality: 'Tok', timeZone: 'America/Anchorage' },
  { key: 'copper', name: 'Copper River School', state: 'AK', locality: 'Glennallen', timeZone: 'America/Anchorage' },
  { key: 'lyle', name: 'Lyle High School', state: 'WA', locality: 'Lyle', timeZone: 'America/Los_Angeles' },
  { key: 'paisley', name: 'Paisley School', state: 'OR', locality: 'Paisley', timeZone: 'America/Los_Angeles' },
  { key: 'mackay', name: 'Mackay Junior/Senior High', state: 'ID', locality: 'Mackay', timeZone: 'America/Boise' },
  { key: 'jordan', name: 'Garfield County High School', state: 'MT', locality: 'Jordan', timeZone: 'America/Denver' },
] as const;
type SchoolKey = (typeof SCHOOLS)[number]['key'];

const grades = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** Adults of the demo network. Most teachers are the only teacher of their subject in their school. */
export const DEMO_ADULTS: {
  email: string;
  name: string;
  role: 'COORDINATOR' | 'ADMINISTRATOR' | 'TEACHER';
  school: SchoolKey | null;
  subjects: string[];
  grades: string[];
}[] = [
  { email: 'coordinator', name: 'Dana Whitfield', role: 'COORDINATOR', school: null, subjects: [], grades: [] },
  {
    email: 'principal.jordan',
    name: 'Marcus Redcloud',
    role: 'ADMINISTRATOR',
    school: 'jordan',
    subjects: [],
    grades: [],
  },
  {
    email: 'ruth.okada',
    name: 'Ruth Okada',
    role: 'TEACHER',
    school: 'tok',
    subjects: ['English Language Arts'],
    grades: grades(9, 12),
  },
  {
    email: 'sam.peters',
    name: 'Sam Peters',
    role: 'TEACHER',
    school: 'tok',
    subjects: ['Mathematics'],
    grades: grades(7, 12),
  },
  {
    email: 'eli.johansen',
    name: 'Eli Johansen',
    role: 'TEACHER',
    school: 'copper',
    subjects: ['Science'],
    grades: grades(9, 12),
  },
  {
    email: 'nora.fairweather',
    name: 'Nora Fairweather',
    role: 'TEACHER',
    school: 'lyle',
    subjects: ['English Language Arts'],
    grades: grades(9, 12),
  },
  {
    email: 'owen.tsosie',
    name: 'Owen Tsosie',
    role: 'TEACHER',
    school: 'paisley',
    subjects: ['Science'],
    grades: grades(7, 12),
  },
  {
    email: 'grace.lindqvist',
    name: 'Grace Lindqvist',
    role: 'TEACHER',
    school: 'paisley',
    subjects: ['Mathematics'],
    grades: grades(6, 12),
  },
  {
    email: 'lena.castillo',
    name: 'Lena Castillo',
    role: 'TEACHER',
    school: 'mackay',
    subjects: ['English Language Arts'],
    grades: grades(9, 12),
  },
  {
    email: 'hank.mueller',
    name: 'Hank Mueller',
    role: 'TEACHER',
    school: 'jordan',
    subjects: ['Mathematics'],
    grades: grades(9, 12),
  },
  {
    email: 'ivy.brennan',
    name: 'Ivy Brennan',
    role: 'TEACHER',
    school: 'jordan',
    subjects: ['English Language Arts'],
    grades: grades(7, 12),
  },
];

/** Two classes in two schools, for cross-school peer feedback. */
export const DEMO_CLASSES = [
  {
    teacher: 'ruth.okada',
    school: 'tok' as SchoolKey,
    name: 'English 10: Argument Writing',
    subject: 'English Language Arts',
    gradeLevel: '10',
    joinCode: 'ARGUMENT',
    students: [
      ['tok.student1', 'Avery Nakamura'],
      ['tok.student2', 'Caleb Frost'],
      ['tok.student3', 'Kiana Wolfe'],
      ['tok.student4', 'Mateo Ruiz'],
      ['tok.student5', 'Sadie Larsen'],
    ],
  },
  {
    teacher: 'nora.fairweather',
    school: 'lyle' as SchoolKey,
    name: 'English 10',
    subject: 'English Language Arts',
    gradeLevel: '10',
    joinCode: 'ESSAYS22',
    students: [
      ['lyle.student1', 'Emma Castillo'],
      ['lyle.student2', 'Jonah Whitehorse'],
      ['lyle.student3', 'Lucy Pham'],
      ['lyle.student4', 'Noah Becker'],
      ['lyle.student5', 'Rosa Delgado'],
    ],
  },
];

/**
 * Creates the "NW Rural Demo Network": schools across Alaska, Washington, Oregon, Idaho and
 * Montana, a coordinator, a principal, teachers and two classes of students. `passwordHash` is the
 * argon2id hash of DEMO_PASSWORD, computed once by the caller. `media` is the recordings' storage
 * the demo clip is put into (tests that roll back the seed leave it out).
 */
export async function seedDemoNetwork(m: EntityManager, passwordHash: string, media?: MediaStorage): Promise<Network> {
  const network = await m.save(
    m.create(Network, {
      slug: DEMO_NETWORK_SLUG,
      name: 'NW Rural Demo Network',
      description: 'Small rural schools across Alaska and the Northwest, working together in job-alike groups.',
    }),
  );
  const schools = new Map<SchoolKey, School>();
  for (const s of SCHOOLS) {
    const { key, ...fields } = s;
    schools.set(key, await m.save(m.create(School, { ...fields, networkId: network.id })));
  }
  const users = new Map<string, User>();
  for (const a of DEMO_ADULTS) {
    const user = await m.save(
      m.create(User, { email: `${a.email}@${DEMO_DOMAIN}`, username: null, displayName: a.name, passwordHash }),
    );
    users.set(a.email, user);
    await m.insert(Membership, {
      userId: user.id,
      networkId: network.id,
      schoolId: a.school ? schools.get(a.school)!.id : null,
      role: a.role,
      subjects: a.subjects,
      gradeLevels: a.grades,
    });
  }
  for (const c of DEMO_CLASSES) {
    const school = schools.get(c.school)!;
    const cls = await m.save(
      m.create(SchoolClass, {
        networkId: network.id,
        schoolId: school.id,
        teacherId: users.get(c.teacher)!.id,
        name: c.name,
        subject: c.subject,
        gradeLevel: c.gradeLevel,
        joinCode: c.joinCode,
      }),
    );
    for (const [username, displayName] of c.students) {
      const student = await m.save(m.create(User, { email: null, username, displayName, passwordHash }));
      await m.insert(Membership, { userId: student.id, networkId: network.id, schoolId: school.id, role: 'STUDENT' });
      await m.insert(Enrollment, { classId: cls.id, studentId: student.id });
    }
  }
  await seedDemoGroups(m, network, users);
  await seedDemoUnits(m, network, users);
  await seedDemoAdaptations(m, network, users);
  await seedDemoFeedback(m, network, users);
  await seedDemoEndorsements(m, network, users);
  await seedDemoCalibration(m, network, users);
  await seedDemoStudentCalibration(m, network);
  await seedDemoConvenings(m, network, users);
  await seedDemoConversations(m, network, users);
  await seedDemoMentoring(m, network, users);
  await seedDemoLessonStudy(m, network, users, media);
  await seedDemoShowcase(m, network, users);
  await seedDemoToDo(m, network, users);
  return network;
}
