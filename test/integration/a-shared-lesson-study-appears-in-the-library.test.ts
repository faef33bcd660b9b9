import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { startServer, type TestServer } from '../support/harness.js';
import {
  ACCEPT,
  ADVANCE_CYCLE,
  RECORD,
  RECORDS,
  SHARE,
  agreedRevision,
  cycleInDebrief,
  debriefToRevisions,
  outsiders,
} from '../support/debrief-api.js';
import { createNetwork } from '../support/factories.js';
import { createUnit, groupWithAuthors, ok, publish, refused, teacher, type Teacher } from '../support/units-api.js';

const ADD_NOTE = `mutation($input: AddObservationNoteInput!) { addObservationNote(input: $input) { id } }`;
const CYCLE = `query($id: ID!) { lessonStudy(id: $id) { id phase closedAt } }`;
const UNIT_RECORDS = `query($id: ID!) { unit(id: $id) { id lessonStudyRecords { lessonStudyId title } } }`;
const PRESENTABLE = `query($id: ID!) { lessonStudyRecord(lessonStudyId: $id) { canPresent } }`;
const RECORD_FIELDS = `{ __type(name: "LessonStudyRecord") { fields { name } } }`;

/**
 * In Share the facilitator publishes the cycle's record to the network library, beside its unit:
 * plan v1 → v2 with the changes, evidence by look-for point, the team's reflection. The cycle closes.
 * The network's adults read it; students and other networks do not; it never carries the recording
 * or anyone's raw notes, only how many observation notes each look-for point has.
 */
describe('a shared lesson study appears in the library', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('publishes the record beside its unit, closes the cycle, and shows it to the network adults only', async () => {
    const net = await createNetwork(server.db, 2);
    const { group, authors } = await groupWithAuthors(server, net, 1);
    const unit = await createUnit(server, authors[0].token, {
      groupId: group.id,
      title: 'Reasoning with locked boxes',
    });
    await publish(server, authors[0].token, unit.id);
    const c = await cycleInDebrief(server, { net, unitId: unit.id });
    // Observation notes of the cycle (the observer's two, the critical friend's one) are counted by
    // look-for point in the record; their words never reach it.
    const NOTE_WORDS = [
      'Group 2 guessed the code at once.',
      'Group 5 tried every key in order.',
      'Ali explained to Bo.',
    ];
    const note = (who: Teacher, lookForId: string, body: string) =>
      server.gql(
        ADD_NOTE,
        {
          input: {
            id: randomUUID(),
            ownerKind: 'LESSON_STUDY',
            ownerId: c.id,
            observedAt: new Date().toISOString(),
            lookForId,
            body,
          },
        },
        { token: who.token },
      );
    ok(await note(c.observer, c.lookFors[0].id, NOTE_WORDS[0]));
    ok(await note(c.observer, c.lookFors[0].id, NOTE_WORDS[1]));
    ok(await note(c.friend, c.lookFors[1].id, NOTE_WORDS[2]));
    await debriefToRevisions(server, c);
    await agreedRevision(server, c, c.friend, { sectionId: 'flow', text: 'Launch in five minutes, then the box.' });
    ok(await server.gql(ADVANCE_CYCLE, { id: c.id, to: 'REVISE' }, { token: c.facilitator.token }));
    ok(await server.gql(ACCEPT, { id: c.id }, { token: c.facilitator.token }));

    const share = (token: string, reflection: string) =>
      server.gql(SHARE, { input: { lessonStudyId: c.id, reflection } }, { token });
    const reflection = 'Shorter launches leave time for students to explain their reasoning.';
    expect(refused(await share(c.facilitator.token, reflection), 'FORBIDDEN').message).toBe(
      'A lesson study is shared in its Share phase.',
    );
    ok(await server.gql(ADVANCE_CYCLE, { id: c.id, to: 'SHARE' }, { token: c.facilitator.token }));
    expect(refused(await share(c.teacher.token, reflection), 'FORBIDDEN').message).toMatch(/Only the facilitator/);
    const blank = refused(await share(c.facilitator.token, '   '), 'BAD_USER_INPUT');
    expect(blank.extensions!.fieldErrors).toHaveProperty('reflection');
    const shared = ok(
      await server.gql<{ shareLessonStudy: Record<string, unknown> }>(
        SHARE,
        {
          input: { lessonStudyId: c.id, reflection },
        },
        { token: c.facilitator.token },
      ),
    ).shareLessonStudy;
    expect(shared).toMatchObject({ firstVersion: 1, latestVersion: 2, revisionsAccepted: 1, reflection });
    expect(shared.evidence).toEqual([
      {
        lookForId: c.lookFors[0].id,
        lookFor: 'How groups test a guess',
        noteCount: 2,
        evidenceCount: 1,
        evidence: ['Group 3 tested two keys before asking for help.'],
      },
      { lookForId: c.lookFors[1].id, lookFor: 'Who explains to whom', noteCount: 1, evidenceCount: 0, evidence: [] },
    ]);

    // The cycle is closed (media retention counts from now) and cannot be shared twice.
    const cycle = ok(
      await server.gql<{ lessonStudy: { phase: string; closedAt: string | null } }>(
        CYCLE,
        { id: c.id },
        {
          token: c.facilitator.token,
        },
      ),
    ).lessonStudy;
    expect(cycle.phase).toBe('CLOSED');
    expect(Date.parse(cycle.closedAt!)).toBeGreaterThan(Date.now() - 60_000);
    refused(await share(c.facilitator.token, reflection), 'FORBIDDEN');
    const audit = await server.db.getRepository(AuditEvent).findOneBy({ action: 'lessonStudy.share', targetId: c.id });
    expect(audit?.actorId).toBe(c.facilitator.person.user.id);

    // Any adult of the network reads it, beside the unit, with the plan's changes.
    const colleague = await teacher(server, net, [], net.schools[1]);
    const record = ok(
      await server.gql<{
        lessonStudyRecord: {
          unitId: string;
          changes: { from: number; to: number; sections: { id: string; changed: boolean }[] };
        };
      }>(RECORD, { id: c.id }, { token: colleague.token }),
    ).lessonStudyRecord;
    expect(record.unitId).toBe(unit.id);
    for (const words of NOTE_WORDS) expect(JSON.stringify([record, shared])).not.toContain(words);
    expect(record.changes).toMatchObject({ from: 1, to: 2 });
    expect(record.changes.sections.filter((s) => s.changed).map((s) => s.id)).toEqual(['flow']);
    // Only those who took part may present it in the showcase; the button follows canPresent.
    const presentable = async (token: string) =>
      ok(await server.gql<{ lessonStudyRecord: { canPresent: boolean } }>(PRESENTABLE, { id: c.id }, { token }))
        .lessonStudyRecord.canPresent;
    expect([await presentable(c.facilitator.token), await presentable(colleague.token)]).toEqual([true, false]);
    expect(
      ok(
        await server.gql<{ lessonStudyRecords: { lessonStudyId: string }[] }>(
          RECORDS,
          { networkId: net.network.id, unitId: unit.id },
          {
            token: colleague.token,
          },
        ),
      ).lessonStudyRecords,
    ).toEqual([{ lessonStudyId: c.id, title: 'The locked box' }]);
    expect(
      ok(
        await server.gql<{ unit: { lessonStudyRecords: { lessonStudyId: string }[] } }>(
          UNIT_RECORDS,
          { id: unit.id },
          {
            token: colleague.token,
          },
        ),
      ).unit.lessonStudyRecords,
    ).toEqual([{ lessonStudyId: c.id, title: 'The locked box' }]);

    // Never the recording or anyone's notes: the record has no field that could carry them.
    const fields = ok(
      await server.gql<{ __type: { fields: { name: string }[] } }>(RECORD_FIELDS, {}, { token: colleague.token }),
    ).__type.fields.map((f) => f.name);
    expect(fields.sort()).toEqual(
      [
        'canPresent',
        'changes',
        'evidence',
        'firstVersion',
        'groupId',
        'latestVersion',
        'lessonStudyId',
        'networkId',
        'reflection',
        'revisionsAccepted',
        'sharedAt',
        'theme',
        'title',
        'unitId',
      ].sort(),
    );

    // Students and other networks: as for an id nobody has.
    for (const token of Object.values(await outsiders(server, net))) {
      refused(await server.gql(RECORD, { id: c.id }, { token }), 'NOT_FOUND');
    }
    const { student } = await outsiders(server, net);
    refused(await server.gql(RECORDS, { networkId: net.network.id }, { token: student }), 'FORBIDDEN');
  });
});
