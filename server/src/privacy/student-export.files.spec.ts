import { describe, expect, it } from '@jest/globals';
import { unzipSync, strFromU8 } from 'fflate';
import type { Exchange } from '../feedback/exchange.entity.js';
import type { PeerReview } from '../feedback/peer-review.entity.js';
import type { Rubric } from '../feedback/rubric.entity.js';
import type { Submission } from '../feedback/submission.entity.js';
import type { StudentRecord } from './student-data.collector.js';
import { studentDataZip } from './student-export.files.js';

const at = new Date('2026-03-01T10:00:00Z');
const exchange = { id: 'x1', title: 'Should "rural" schools share teachers?', rubricId: 'r1' } as Exchange;
const rubric = {
  id: 'r1',
  criteria: [{ id: 'claim', title: 'Claim', weight: 1, levels: [{ points: 3, label: 'Strong', descriptor: '' }] }],
} as unknown as Rubric;
const review = (over: Partial<PeerReview>) =>
  ({
    id: 'rv',
    exchangeId: 'x1',
    submissionId: 's2',
    status: 'SUBMITTED',
    levels: { claim: 3 },
    comments: { claim: 'Clear claim.' },
    strength: 'Good hook.',
    nextStep: 'Cite a source.',
    score: 3,
    startedAt: at,
    submittedAt: at,
    hiddenAt: null,
    helpfulness: 4,
    helpfulnessComment: null,
    assignedAt: at,
    ...over,
  }) as PeerReview;

function record(): StudentRecord {
  return {
    user: {
      id: 'u1',
      username: 'wren',
      email: null,
      displayName: 'Wren',
      passwordHash: '$argon2id$secret',
      locale: 'en',
      digestFrequency: 'WEEKLY',
      lastDigestAt: null,
      createdAt: at,
    },
    membership: { networkId: 'n1', role: 'STUDENT', status: 'ACTIVE', schoolId: 'sc1', createdAt: at },
    inOtherNetworks: true,
    enrollments: [],
    exchanges: new Map([['x1', exchange]]),
    rubrics: new Map([['r1', rubric]]),
    essays: [
      {
        id: 's1',
        exchangeId: 'x1',
        pseudonym: 'Blue Heron',
        body: 'My essay.',
        submittedBody: 'My essay.',
        status: 'SUBMITTED',
        submittedAt: at,
        createdAt: at,
        updatedAt: at,
      } as Submission,
    ],
    received: [review({ id: 'in1', submissionId: 's1' })],
    written: [review({ id: 'out1', submissionId: 's2' })],
    reviewedEssays: new Map([['s2', { id: 's2', pseudonym: 'Red Fox' } as Submission]]),
    flags: [],
    notifications: [],
    sessions: [],
    auditEvents: [],
  } as unknown as StudentRecord;
}

describe('studentDataZip', () => {
  it('holds data.json without the password hash and readable Markdown files with safe names', () => {
    const files = unzipSync(new Uint8Array(studentDataZip(record(), at)));
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'data.json',
      'essays/01-Should-rural-schools-share-teachers.md',
      'reviews-received/01-Should-rural-schools-share-teachers.md',
      'reviews-written/01-Should-rural-schools-share-teachers.md',
    ]);
    const json = strFromU8(files['data.json']!);
    expect(json).not.toContain('argon2');
    expect(JSON.parse(json)).toMatchObject({
      account: { username: 'wren' },
      signInHistory: expect.stringMatching(/^Not included/) as unknown,
      reviewsReceived: [{ reviewer: 'Reviewer 1', criteria: [{ criterion: 'Claim', level: 'Strong' }] }],
      reviewsWritten: [{ ofEssayBy: 'Red Fox' }],
    });
    expect(strFromU8(files['essays/01-Should-rural-schools-share-teachers.md']!)).toContain('My essay.');
    const written = strFromU8(files['reviews-written/01-Should-rural-schools-share-teachers.md']!);
    expect(written).toContain("# Your review of Red Fox's essay");
    expect(written).toContain('Level: Strong');
    expect(written).toContain('Good hook.');
  });
});
