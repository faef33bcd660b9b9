import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createNetwork, createPerson } from '../../../test/support/factories.js';
import { startServer, type TestServer } from '../../../test/support/harness.js';
import { refusal } from '../../../test/support/refusal.js';
import { showcaseWorld, type ShowcaseWorld } from '../../../test/support/showcase-world.js';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { DocumentContributor } from '../collaboration/document-contributor.entity.js';
import { seedDemoNetwork } from '../database/seed/demo-network.js';
import { Membership } from '../networks/membership.entity.js';
import { Unit } from '../units/unit.entity.js';
import { ShowcaseResponse } from './showcase-response.entity.js';
import { Submission } from '../feedback/submission.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { StudentDeletionService } from '../privacy/student-deletion.service.js';
import { ShowcaseItem } from './showcase-item.entity.js';
import { ShowcaseService } from './showcase.service.js';
import { ShowcaseToDo } from './showcase.to-do.js';

const REFLECTION = 'What I learned running this with two schools at once.';

/** The showcase's rules against the real test database. */
describe('the network showcase', () => {
  let server: TestServer;
  let showcase: ShowcaseService;
  beforeAll(async () => {
    server = await startServer();
    showcase = server.app.get(ShowcaseService);
  });
  afterAll(() => server.close());

  const add = (w: ShowcaseWorld, userId: string, kind: ShowcaseItem['kind'], targetId?: string, title = 'Our work') =>
    showcase.add(userId, { networkId: w.net.network.id, kind, targetId, title, body: REFLECTION });

  it('lets a teacher present their own published unit, shared record, exchange and reflection, and nothing else', async () => {
    const w = await showcaseWorld(server.db);
    const p = w.presenter.user.id;
    const unit = await add(w, p, 'UNIT', w.unitId);
    expect([unit.status, unit.targetId, unit.viewer?.mine, unit.viewer?.respond]).toEqual([
      'PUBLISHED',
      w.unitId,
      true,
      false,
    ]);
    expect(await refusal(add(w, p, 'UNIT', w.unitId))).toBe('CONFLICT: This is already in the showcase.');
    expect(await refusal(add(w, p, 'UNIT', w.draftUnitId))).toBe(
      'BAD_USER_INPUT: Publish the unit first: the showcase shows published units.',
    );
    // A colleague can read the published unit but did not write it; a draft of another group is hidden.
    const c = w.colleague.user.id;
    const other = await createNetwork(server.db);
    expect(await refusal(add(w, c, 'LESSON_STUDY', w.lessonStudyId))).toBe(
      'FORBIDDEN: You can present a lesson study you took part in.',
    );
    // An exchange is hidden from teachers who are not in it, as everywhere.
    expect(await refusal(add(w, w.bystander.user.id, 'EXCHANGE', w.exchangeId))).toBe(
      'NOT_FOUND: That exchange was not found.',
    );
    expect(await refusal(add(w, c, 'UNIT', w.draftUnitId))).toBe('NOT_FOUND: That unit was not found.');
    expect(await refusal(add(w, p, 'REFLECTION', w.unitId))).toBe(
      'BAD_USER_INPUT: A reflection is text only: it presents nothing else.',
    );
    expect(await refusal(add(w, p, 'UNIT'))).toBe('BAD_USER_INPUT: Choose what you are presenting.');
    const record = await add(w, p, 'LESSON_STUDY', w.lessonStudyId);
    const results = await add(w, c, 'EXCHANGE', w.exchangeId);
    expect(results.exchangeSummary).toEqual({
      students: 2,
      essaysSubmitted: 2,
      reviewsSubmitted: 1,
      meanScore: 8,
      maxScore: 10,
    });
    const reflection = await add(w, w.bystander.user.id, 'REFLECTION');
    expect([record.status, reflection.status, reflection.targetId]).toEqual(['PUBLISHED', 'PUBLISHED', null]);
    // Other networks: as for a network that does not exist. Students: told the showcase is for adults.
    const outsider = await createPerson(server.db, other, 'COORDINATOR');
    expect(await refusal(add(w, outsider.user.id, 'REFLECTION'))).toBe('NOT_FOUND: That network was not found.');
    expect(await refusal(add(w, w.student.user.id, 'REFLECTION'))).toBe(
      "FORBIDDEN: The showcase is for the network's teachers and coordinators.",
    );
    const audit = await server.db
      .getRepository(AuditEvent)
      .findBy({ networkId: w.net.network.id, action: 'showcase.add' });
    expect(audit).toHaveLength(4);
  });

  it("puts a student's essay up only by pseudonym, after their own teacher approves it", async () => {
    const w = await showcaseWorld(server.db);
    // The colleague teaches in the exchange, but the essay is by the presenter's student.
    const waiting = await add(w, w.colleague.user.id, 'STUDENT_WORK', w.essayId, 'A strong claim');
    expect([waiting.status, waiting.pseudonym, waiting.approverId]).toEqual([
      'AWAITING_APPROVAL',
      'Blue Heron',
      w.presenter.user.id,
    ]);
    const notes = await server.db.getRepository(Notification).findBy({ userId: w.presenter.user.id, kind: 'SHOWCASE' });
    expect(notes.map((n) => n.text)).toEqual([expect.stringContaining('Blue Heron')]);
    expect(notes[0].text).not.toContain(w.student.user.displayName);
    // Only the presenter and the writer's teacher see it while it waits.
    const ids = async (userId: string) => (await showcase.page(userId, w.net.network.id)).nodes.map((i) => i.id);
    expect(await ids(w.colleague.user.id)).toEqual([waiting.id]);
    expect(await ids(w.presenter.user.id)).toEqual([waiting.id]);
    expect(await ids(w.bystander.user.id)).toEqual([]);
    expect(await ids(w.coordinator.user.id)).toEqual([]);
    expect(await refusal(showcase.approve(w.bystander.user.id, waiting.id))).toBe(
      'NOT_FOUND: That showcase item was not found.',
    );
    expect(await refusal(showcase.approve(w.colleague.user.id, waiting.id))).toBe(
      "FORBIDDEN: Only the student's own teacher can approve their work for the showcase.",
    );
    expect(
      await refusal(
        showcase.respond(w.presenter.user.id, { itemId: waiting.id, kind: 'WORKED', body: 'Lovely claim here.' }),
      ),
    ).toBe('FORBIDDEN: This item is waiting for a teacher’s approval: responses open once it is on the showcase.');
    // It waits on the writer's teacher's to-do, by pseudonym.
    const toDo = (p: typeof w.presenter) =>
      server.app
        .get(ShowcaseToDo)
        .items({ userId: p.user.id, networkId: w.net.network.id, membership: p.membership, now: new Date() });
    expect((await toDo(w.presenter)).map((i) => [i.kind, i.title, i.path])).toEqual([
      ['SHOWCASE_TO_APPROVE', 'Approve Blue Heron’s essay for the showcase', `/showcase#showcase-item-${waiting.id}`],
    ]);
    expect(await toDo(w.colleague)).toEqual([]);
    const approved = await showcase.approve(w.presenter.user.id, waiting.id);
    expect([approved.status, approved.approvedById]).toEqual(['PUBLISHED', w.presenter.user.id]);
    expect(await ids(w.bystander.user.id)).toEqual([waiting.id]);
    expect(await toDo(w.presenter)).toEqual([]);
    // The writer's own teacher presenting is the approval; the essay is kept as it was presented.
    const own = await add(w, w.colleague.user.id, 'STUDENT_WORK', w.otherEssayId, 'Another claim');
    expect([own.status, own.approvedById, own.essay]).toEqual(['PUBLISHED', w.colleague.user.id, expect.any(String)]);
    // Students do not see the showcase at all.
    expect(await refusal(showcase.page(w.student.user.id, w.net.network.id))).toBe(
      "FORBIDDEN: The showcase is for the network's teachers and coordinators.",
    );
  });

  it('refuses an essay that names a school, town or person of the network', async () => {
    const w = await showcaseWorld(server.db);
    const school2 = w.net.schools[1].name;
    await server.db
      .getRepository(Submission)
      .update({ id: w.essayId }, { submittedBody: `At ${school2} we have too much homework, says Maya.` });
    const refused = await refusal(add(w, w.presenter.user.id, 'STUDENT_WORK', w.essayId));
    expect(refused).toMatch(/^BAD_USER_INPUT: This essay names a person or place of the network \(/);
    expect(refused).toContain('“Maya”');
    expect(await server.db.getRepository(ShowcaseItem).countBy({ networkId: w.net.network.id })).toBe(0);
  });

  it('takes warm responses from colleagues only, and tells the presenter', async () => {
    const w = await showcaseWorld(server.db);
    const item = await add(w, w.presenter.user.id, 'UNIT', w.unitId);
    expect(
      await refusal(
        showcase.respond(w.presenter.user.id, { itemId: item.id, kind: 'WORKED', body: 'I am proud of it.' }),
      ),
    ).toBe(
      'FORBIDDEN: This is your own work: in the author’s chair your colleagues respond, and you read what they say.',
    );
    const r = await showcase.respond(w.colleague.user.id, {
      itemId: item.id,
      kind: 'BORROW',
      body: 'The flight-log worksheet, for my ratios week.',
    });
    expect(r.kind).toBe('BORROW');
    expect(
      await refusal(showcase.respond(w.student.user.id, { itemId: item.id, kind: 'WORKED', body: 'Nice work here.' })),
    ).toBe('NOT_FOUND: That showcase item was not found.');
    const told = await server.db.getRepository(Notification).findBy({ userId: w.presenter.user.id, kind: 'SHOWCASE' });
    expect(told.map((n) => n.text)).toEqual([expect.stringContaining('what i will borrow')]);
    expect((await showcase.responsesOf([item.id])).map((x) => x.body)).toEqual([
      'The flight-log worksheet, for my ratios week.',
    ]);
  });

  it('lists featured items first, then the newest, page by page; only coordinators feature', async () => {
    const w = await showcaseWorld(server.db);
    const a = await add(w, w.presenter.user.id, 'REFLECTION', undefined, 'First');
    const b = await add(w, w.colleague.user.id, 'REFLECTION', undefined, 'Second');
    const c = await add(w, w.bystander.user.id, 'REFLECTION', undefined, 'Third');
    expect(await refusal(showcase.feature(w.presenter.user.id, a.id, true))).toBe(
      'FORBIDDEN: Only a network coordinator can feature items.',
    );
    const featured = await showcase.feature(w.coordinator.user.id, a.id, true);
    expect(featured.featuredAt).not.toBeNull();
    const first = await showcase.page(w.bystander.user.id, w.net.network.id, 2);
    expect(first.nodes.map((i) => i.title)).toEqual(['First', 'Third']);
    expect([first.totalCount, first.pageInfo.hasNextPage]).toEqual([3, true]);
    const second = await showcase.page(w.bystander.user.id, w.net.network.id, 2, first.pageInfo.endCursor);
    expect(second.nodes.map((i) => i.id)).toEqual([b.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(await refusal(showcase.page(w.bystander.user.id, w.net.network.id, 2, 'nonsense'))).toBe(
      'BAD_USER_INPUT: That page link is not valid any more. Start again from the first page.',
    );
    await showcase.feature(w.coordinator.user.id, a.id, false);
    expect((await showcase.page(w.bystander.user.id, w.net.network.id)).nodes.map((i) => i.id)).toEqual([
      c.id,
      b.id,
      a.id,
    ]);
    // The presenter or a coordinator removes; a colleague may not.
    expect(await refusal(showcase.remove(w.colleague.user.id, c.id))).toBe(
      'FORBIDDEN: Only its presenter or a coordinator can take an item off the showcase.',
    );
    expect(await showcase.remove(w.coordinator.user.id, c.id)).toBe(true);
    expect(await showcase.remove(w.colleague.user.id, b.id)).toBe(true);
    expect((await showcase.page(w.bystander.user.id, w.net.network.id)).totalCount).toBe(1);
    const acts = await server.db.getRepository(AuditEvent).findBy({ targetId: a.id });
    expect(acts.map((e) => e.action).sort()).toEqual(['showcase.add', 'showcase.feature', 'showcase.unfeature']);
  });

  it("goes with the student's data when it is deleted", async () => {
    const w = await showcaseWorld(server.db);
    const essay = await add(w, w.presenter.user.id, 'STUDENT_WORK', w.essayId);
    const unit = await add(w, w.presenter.user.id, 'UNIT', w.unitId);
    await showcase.respond(w.colleague.user.id, { itemId: essay.id, kind: 'WORKED', body: 'The claim is so clear.' });
    await server.app.get(StudentDeletionService).delete(w.coordinator.user.id, w.net.network.id, w.student.user.id);
    const left = await server.db.getRepository(ShowcaseItem).findBy({ networkId: w.net.network.id });
    expect(left.map((i) => i.id)).toEqual([unit.id]);
    expect(await showcase.responsesOf([essay.id])).toEqual([]);
  });

  it('the demo holds the published drones unit, presented by an author, featured, with warm responses from other schools', async () => {
    class RolledBack extends Error {}
    await server.db
      .transaction(async (m: EntityManager) => {
        const network = await seedDemoNetwork(m, 'not-a-real-hash');
        const [item] = await m.getRepository(ShowcaseItem).findBy({ networkId: network.id });
        const unit = await m.getRepository(Unit).findOneByOrFail({ id: item.targetId! });
        expect([item.kind, item.status, unit.status, !!item.featuredAt]).toEqual([
          'UNIT',
          'PUBLISHED',
          'PUBLISHED',
          true,
        ]);
        expect(unit.summary + unit.title).toMatch(/land|drone/i);
        expect(
          await m
            .getRepository(DocumentContributor)
            .existsBy({ documentId: unit.documentId, userId: item.presenterId }),
        ).toBe(true);
        const school = async (userId: string) =>
          (await m.getRepository(Membership).findOneByOrFail({ networkId: network.id, userId })).schoolId;
        const responses = await m.getRepository(ShowcaseResponse).findBy({ itemId: item.id });
        expect(responses.length).toBeGreaterThanOrEqual(1);
        const presenterSchool = await school(item.presenterId);
        for (const r of responses) expect(await school(r.authorId)).not.toBe(presenterSchool);
        throw new RolledBack();
      })
      .catch((err: unknown) => {
        if (!(err instanceof RolledBack)) throw err;
      });
  });
});
