import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { User } from '../../auth/user.entity.js';
import { GroupMember } from '../../groups/group-member.entity.js';
import { Group } from '../../groups/group.entity.js';
import type { RubricPerson } from '../dto/rubric.types.js';
import { Rubric } from '../rubric.entity.js';
import type { CalibrationRoundContext } from './calibration-access.service.js';
import { CalibrationAgreedScore } from './calibration-agreed-score.entity.js';
import { CalibrationComment } from './calibration-comment.entity.js';
import { CalibrationEssay } from './calibration-essay.entity.js';
import { CalibrationScore } from './calibration-score.entity.js';
import type { CalibrationEssayView, CalibrationRoundView, CriterionPoints } from './dto/calibration.types.js';
import { agreementView } from './round-agreement.js';

const asPoints = (levels: Record<string, number>): CriterionPoints[] =>
  Object.entries(levels).map(([criterionId, points]) => ({ criterionId, points }));

/**
 * Rounds as the API shows them to one viewer, built in a fixed number of queries. Blindness lives
 * here: while a round is SCORING, other teachers' scores are never even read from the database (only
 * which essays they scored, for the counts), so no field, list or figure can carry them.
 */
@Injectable()
export class CalibrationViewService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async views(userId: string, ctxs: readonly CalibrationRoundContext[]): Promise<CalibrationRoundView[]> {
    if (!ctxs.length) return [];
    const rounds = ctxs.map((c) => c.round);
    const ids = rounds.map((r) => r.id);
    const revealed = rounds.filter((r) => r.status !== 'SCORING').map((r) => r.id);
    const scoring = rounds.filter((r) => r.status === 'SCORING').map((r) => r.id);
    const [essays, openScores, mine, who, agreed, comments, rubrics, groups, members] = await Promise.all([
      this.db.getRepository(CalibrationEssay).find({ where: { roundId: In(ids) }, order: { position: 'ASC' } }),
      revealed.length ? this.db.getRepository(CalibrationScore).findBy({ roundId: In(revealed) }) : [],
      scoring.length ? this.db.getRepository(CalibrationScore).findBy({ roundId: In(scoring), raterId: userId }) : [],
      // Before the reveal: who scored which essay, never what they gave.
      scoring.length
        ? this.db.getRepository(CalibrationScore).find({
            select: { id: true, roundId: true, essayId: true, raterId: true },
            where: { roundId: In(scoring) },
          })
        : [],
      this.db.getRepository(CalibrationAgreedScore).findBy({ roundId: In(ids) }),
      revealed.length
        ? this.db
            .getRepository(CalibrationComment)
            .find({ where: { roundId: In(revealed) }, order: { createdAt: 'ASC' } })
        : [],
      this.db.getRepository(Rubric).findBy({ id: In([...new Set(rounds.map((r) => r.rubricId))]) }),
      this.db.getRepository(Group).findBy({ id: In([...new Set(rounds.map((r) => r.groupId))]) }),
      this.db.getRepository(GroupMember).find({
        select: { id: true, groupId: true },
        where: { groupId: In([...new Set(rounds.map((r) => r.groupId))]), status: 'ACTIVE' },
      }),
    ]);
    const userIds = new Set<string>(rounds.map((r) => r.createdById));
    for (const s of openScores) userIds.add(s.raterId);
    for (const a of agreed) userIds.add(a.agreedById);
    for (const c of comments) userIds.add(c.authorId);
    const users = await this.db.getRepository(User).find({
      select: { id: true, displayName: true },
      where: { id: In([...userIds]) },
    });
    const person = (id: string): RubricPerson => ({
      id,
      displayName: users.find((u) => u.id === id)?.displayName ?? 'A former member',
    });
    return ctxs.map(({ round, facts }) => {
      const mineEssays = essays.filter((e) => e.roundId === round.id);
      const isOpen = round.status !== 'SCORING';
      const given = isOpen
        ? openScores.filter((s) => s.roundId === round.id)
        : who.filter((s) => s.roundId === round.id);
      const perRater = new Map<string, number>();
      for (const s of given) perRater.set(s.raterId, (perRater.get(s.raterId) ?? 0) + 1);
      const finished = (rater: string) => mineEssays.length > 0 && perRater.get(rater) === mineEssays.length;
      const rubric = rubrics.find((r) => r.id === round.rubricId)!;
      const myLevels = (essayId: string) =>
        (isOpen ? openScores : mine).find((s) => s.essayId === essayId && s.raterId === userId)?.levels;
      const essayViews: CalibrationEssayView[] = mineEssays.map((e) => ({
        id: e.id,
        position: e.position,
        body: e.body,
        myScores: asPoints(myLevels(e.id) ?? {}),
        scores: isOpen
          ? given
              .filter((s) => s.essayId === e.id)
              .map((s) => ({ rater: person(s.raterId), levels: asPoints(s.levels) }))
          : [],
        agreed: agreed.filter((a) => a.essayId === e.id).map((a) => ({ ...a, agreedBy: person(a.agreedById) })),
      }));
      return {
        id: round.id,
        networkId: round.networkId,
        groupId: round.groupId,
        groupName: groups.find((g) => g.id === round.groupId)?.name ?? '',
        title: round.title,
        status: round.status,
        rubric,
        createdBy: person(round.createdById),
        createdAt: round.createdAt,
        revealedAt: round.revealedAt,
        agreedAt: round.agreedAt,
        canFacilitate: facts.facilitator,
        raterCount: members.filter((m) => m.groupId === round.groupId).length,
        finishedRaterCount: [...perRater.keys()].filter(finished).length,
        iHaveFinished: finished(userId),
        essays: essayViews,
        agreement: isOpen
          ? agreementView(
              rubric.criteria,
              mineEssays.map((e) => e.id),
              given,
              comments.filter((c) => c.roundId === round.id),
              person,
            )
          : null,
      };
    });
  }
}
