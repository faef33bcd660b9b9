import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { UnitSectionId, UnitStatus } from '@switchback/shared';
import type { User } from '../../auth/user.entity.js';
import { DocumentContributor } from '../../collaboration/document-contributor.entity.js';
import { Document } from '../../collaboration/document.entity.js';
import { Group } from '../../groups/group.entity.js';
import type { Network } from '../../networks/network.entity.js';
import { plainTextOf, unitState, type Block } from '../../units/unit-content.js';
import { Notification } from '../../notifications/notification.entity.js';
import { UnitRevision } from '../../units/unit-revision.entity.js';
import { UnitVersion } from '../../units/unit-version.entity.js';
import { Unit } from '../../units/unit.entity.js';

const days = (n: number) => new Date(Date.now() - n * 86400_000);

const ARGUMENT_UNIT: Partial<Record<UnitSectionId, Block[]>> = {
  goals: [
    { p: ['Common Core State Standards, grades 9–10:'] },
    {
      ul: [
        [{ text: 'W.9-10.1', bold: true }, ': write arguments to support claims, using valid reasoning and evidence.'],
        [
          { text: 'W.9-10.1b', bold: true },
          ': develop claims and counterclaims fairly, pointing out the strengths and limitations of both.',
        ],
        [{ text: 'SL.9-10.1', bold: true }, ': take part in collaborative discussions, building on others’ ideas.'],
      ],
    },
    {
      p: [
        'Network goal: every 10th grader writes an argument that ',
        { text: 'answers', italic: true },
        ' a counter-claim.',
      ],
    },
  ],
  understandings: [
    { p: ['Students will understand that…'] },
    {
      ul: [
        ['a strong argument takes the other side seriously;'],
        ['evidence persuades only when the reasoning connecting it to the claim is explicit;'],
        ['questions about land, water and work in rural places have more than two sides.'],
      ],
    },
  ],
  'essential-questions': [
    {
      ul: [
        ['Why should I answer someone who disagrees with me?'],
        ['What makes evidence trustworthy?'],
        ['Who decides how our land is used?'],
      ],
    },
  ],
  'knowledge-skills': [
    {
      p: [
        { text: 'Students will know', bold: true },
        ' the parts of an argument: claim, reasons, evidence, counter-claim, rebuttal.',
      ],
    },
    { p: [{ text: 'Students will be able to', bold: true }, ' concede a point and still defend their claim.'] },
  ],
  'performance-task': [
    {
      p: [
        'Students write a 600–900 word argument for their school board on a local land-use question (drones in ',
        'agriculture, a new gravel pit, a salmon-stream restoration). It must state a claim, present the strongest ',
        'counter-claim in its best form, and answer it with evidence. Drafts are exchanged with a partner class in ',
        'another school of the network for peer feedback.',
      ],
    },
  ],
  'success-criteria': [
    {
      table: [
        ['Criterion', '4 — Exceeds', '3 — Meets', '2 — Approaching'],
        ['Claim', 'Precise and arguable', 'Clear and arguable', 'Vague or not arguable'],
        [
          'Addresses counter-claims',
          'Strongest counter-claim, answered with evidence',
          'Counter-claim stated and answered',
          'Counter-claim stated only',
        ],
        ['Evidence', 'Relevant, sourced, explained', 'Relevant and sourced', 'Thin or unexplained'],
      ],
    },
  ],
  'other-evidence': [
    {
      ul: [
        ['Exit tickets after each mini-lesson'],
        ['Peer-editing rubric from the partner class'],
        ['Self-assessment before the final draft'],
      ],
    },
  ],
  lessons: [
    {
      ol: [
        ['Hook: a four-corners debate on a local question.'],
        ['Mini-lesson: claims that can be argued.'],
        ['Reading: two op-eds on the same question; find each one’s counter-claim.'],
        ['Mini-lesson: steel-manning the other side.'],
        ['Drafting workshop, then exchange with the partner class.'],
        ['Revision with the peer feedback; final draft and reflection.'],
      ],
    },
  ],
  resources: [
    {
      p: [
        { text: 'Counter-claims mini-lesson', link: 'https://example.org/counter-claims-mini-lesson' },
        ' (shared by Lena Castillo).',
      ],
    },
    {
      p: [
        { text: 'Peer-editing rubric', link: 'https://example.org/argument-peer-rubric' },
        ' used across the network.',
      ],
    },
  ],
  reflection: [
    {
      p: [
        'After the first run: students stated counter-claims readily but answered them weakly. Next time, model a ',
        'rebuttal paragraph together before drafting.',
      ],
    },
  ],
};

/** The argument unit's second published version: a modelled rebuttal before drafting, after the first run. */
const ARGUMENT_UNIT_V2: Partial<Record<UnitSectionId, Block[]>> = {
  ...ARGUMENT_UNIT,
  lessons: [
    {
      ol: [
        ['Hook: a four-corners debate on a local question.'],
        ['Mini-lesson: claims that can be argued.'],
        ['Reading: two op-eds on the same question; find each one’s counter-claim.'],
        ['Mini-lesson: steel-manning the other side.'],
        ['Modelled writing: the class writes one rebuttal paragraph together, sentence by sentence.'],
        ['Drafting workshop, then exchange with the partner class.'],
        ['Revision with the peer feedback; final draft and reflection.'],
      ],
    },
  ],
};

const LOCKED_BOX_UNIT: Partial<Record<UnitSectionId, Block[]>> = {
  goals: [
    { p: [{ text: 'HSA-REI.C.6', bold: true }, ': solve systems of linear equations exactly and approximately.'] },
  ],
  'essential-questions': [
    { ul: [['When is one equation not enough?'], ['How do we know a solution is the only one?']] },
  ],
  'performance-task': [
    {
      p: [
        'Teams solve a chain of systems whose answers are the combinations of three locks on a box. ',
        { text: 'Draft', italic: true },
        ': we still need to decide how teams show their work.',
      ],
    },
  ],
  lessons: [{ ol: [['Graphing systems.'], ['Substitution and elimination.'], ['The locked-box challenge.']] }],
};

interface DemoVersion {
  sections: Partial<Record<UnitSectionId, Block[]>>;
  note: string;
  by: string;
  ago: number;
}

interface DemoUnit {
  group: string;
  creator: string;
  writers: string[];
  title: string;
  subject: string;
  gradeBand: string;
  summary: string;
  status: UnitStatus;
  sections: Partial<Record<UnitSectionId, Block[]>>;
  /** Published versions, oldest first (the last one is also the authors' draft). */
  versions?: DemoVersion[];
  ago: number;
}

const UNITS: DemoUnit[] = [
  {
    group: 'Language Arts Job-Alike',
    creator: 'ruth.okada',
    writers: ['ruth.okada', 'nora.fairweather', 'lena.castillo'],
    title: 'Arguing about the land: counter-claims in argument writing',
    subject: 'English Language Arts',
    gradeBand: '9-12',
    summary:
      'A three-week 10th-grade unit in which students argue a local land-use question and learn to answer the strongest counter-claim, with peer feedback from a partner class in another school.',
    status: 'PUBLISHED',
    sections: ARGUMENT_UNIT_V2,
    versions: [
      { sections: ARGUMENT_UNIT, note: 'First published.', by: 'ruth.okada', ago: 6 },
      {
        sections: ARGUMENT_UNIT_V2,
        note: 'Added a modelled rebuttal paragraph before drafting, after the first run.',
        by: 'nora.fairweather',
        ago: 2,
      },
    ],
    ago: 6,
  },
  {
    group: 'Math Job-Alike',
    creator: 'hank.mueller',
    writers: ['hank.mueller', 'grace.lindqvist'],
    title: 'Locked boxes: systems of equations',
    subject: 'Mathematics',
    gradeBand: '9-12',
    summary: 'Systems of linear equations, ending in a locked-box challenge.',
    status: 'DRAFT',
    sections: LOCKED_BOX_UNIT,
    ago: 2,
  },
];

/**
 * A published language arts unit in the library with two versions (and a math teacher's adaptation
 * of its first version, so the adaptation shows what changed upstream), and a math draft; each with
 * its live document.
 */
export async function seedDemoUnits(m: EntityManager, network: Network, people: Map<string, User>): Promise<void> {
  const who = (key: string) => people.get(key)!.id;
  for (const u of UNITS) {
    const group = await m.getRepository(Group).findOneByOrFail({ networkId: network.id, name: u.group });
    const id = randomUUID();
    const documentId = await insertDocument(m, id, unitState(u.sections));
    await m.insert(Unit, {
      id,
      networkId: network.id,
      groupId: group.id,
      documentId,
      title: u.title,
      subject: u.subject,
      gradeBand: u.gradeBand,
      summary: u.summary,
      status: u.status,
      forkedFromId: null,
      forkedFromVersionId: null,
      createdById: who(u.creator),
      publishedAt: u.status === 'PUBLISHED' ? days(u.ago) : null,
      createdAt: days(u.ago + 20),
    });
    for (const [i, writer] of u.writers.entries()) {
      await m.insert(DocumentContributor, {
        documentId,
        userId: who(writer),
        edits: 40 - i * 12,
        firstEditedAt: days(u.ago + 20 - i),
        lastEditedAt: days(u.ago + 1 + i),
      });
    }
    await m.insert(UnitRevision, {
      unitId: id,
      name: u.status === 'PUBLISHED' ? 'As published' : 'First outline',
      state: Buffer.from(unitState(u.versions?.[0]?.sections ?? u.sections)),
      createdById: who(u.creator),
      createdAt: days(u.ago),
    });
    const versions: UnitVersion[] = [];
    for (const [i, v] of (u.versions ?? []).entries()) {
      const state = unitState(v.sections);
      versions.push(
        await m.save(
          m.create(UnitVersion, {
            unitId: id,
            number: i + 1,
            note: v.note,
            state: Buffer.from(state),
            text: plainTextOf(state),
            createdById: who(v.by),
            createdAt: days(v.ago),
          }),
        ),
      );
    }
    if (versions.length > 1) await seedAdaptation(m, network, people, { id, title: u.title, u }, versions);
  }
}

/** A math teacher adapted the first version for his group; he was told of the second. */
async function seedAdaptation(
  m: EntityManager,
  network: Network,
  people: Map<string, User>,
  original: { id: string; title: string; u: DemoUnit },
  versions: UnitVersion[],
): Promise<void> {
  const sam = people.get('sam.peters')!.id;
  const math = await m.getRepository(Group).findOneByOrFail({ networkId: network.id, name: 'Math Job-Alike' });
  const id = randomUUID();
  const title = `${original.title} (adapted)`;
  const copied = versions[0];
  await m.insert(Unit, {
    id,
    networkId: network.id,
    groupId: math.id,
    documentId: await insertDocument(m, id, new Uint8Array(copied.state)),
    title,
    subject: 'Mathematics',
    gradeBand: original.u.gradeBand,
    summary: 'Arguing from data: the land-use argument unit, adapted for a statistics class.',
    status: 'DRAFT',
    forkedFromId: original.id,
    forkedFromVersionId: copied.id,
    createdById: sam,
    publishedAt: null,
    createdAt: days(4),
  });
  const latest = versions[versions.length - 1];
  await m.insert(Notification, {
    userId: sam,
    networkId: network.id,
    kind: 'UNIT_UPDATED',
    text: `"${original.title}", which you adapted as "${title}", has a new version: ${latest.note}`,
    groupId: math.id,
    postId: null,
    unitId: id,
    readAt: null,
    createdAt: latest.createdAt,
  });
}

async function insertDocument(m: EntityManager, ownerId: string, state: Uint8Array): Promise<string> {
  const doc = await m.save(
    m.create(Document, {
      kind: 'UNIT',
      ownerId,
      state: Buffer.from(state),
      text: plainTextOf(state),
      compactedAt: new Date(),
    }),
  );
  return doc.id;
}
