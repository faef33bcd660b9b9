import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { UnitSectionId, UnitStatus } from '@switchback/shared';
import type { User } from '../../auth/user.entity.js';
import { DocumentContributor } from '../../collaboration/document-contributor.entity.js';
import { Document } from '../../collaboration/document.entity.js';
import { Group } from '../../groups/group.entity.js';
import type { Network } from '../../networks/network.entity.js';
import { plainTextOf, unitState, type Block } from '../../units/unit-content.js';
import { UnitRevision } from '../../units/unit-revision.entity.js';
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
    sections: ARGUMENT_UNIT,
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

/** A published language arts unit in the library and a math draft, each with its live document. */
export async function seedDemoUnits(m: EntityManager, network: Network, people: Map<string, User>): Promise<void> {
  const who = (key: string) => people.get(key)!.id;
  for (const u of UNITS) {
    const group = await m.getRepository(Group).findOneByOrFail({ networkId: network.id, name: u.group });
    const id = randomUUID();
    const state = unitState(u.sections);
    const doc = await m.save(
      m.create(Document, {
        kind: 'UNIT',
        ownerId: id,
        state: Buffer.from(state),
        text: plainTextOf(state),
        compactedAt: new Date(),
      }),
    );
    await m.insert(Unit, {
      id,
      networkId: network.id,
      groupId: group.id,
      documentId: doc.id,
      title: u.title,
      subject: u.subject,
      gradeBand: u.gradeBand,
      summary: u.summary,
      status: u.status,
      forkedFromId: null,
      createdById: who(u.creator),
      publishedAt: u.status === 'PUBLISHED' ? days(u.ago) : null,
      createdAt: days(u.ago + 20),
    });
    for (const [i, writer] of u.writers.entries()) {
      await m.insert(DocumentContributor, {
        documentId: doc.id,
        userId: who(writer),
        edits: 40 - i * 12,
        firstEditedAt: days(u.ago + 20 - i),
        lastEditedAt: days(u.ago + 1 + i),
      });
    }
    await m.insert(UnitRevision, {
      unitId: id,
      name: u.status === 'PUBLISHED' ? 'As published' : 'First outline',
      state: Buffer.from(state),
      createdById: who(u.creator),
      createdAt: days(u.ago),
    });
  }
}
