import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { CalibrationAgreedScore } from './calibration-agreed-score.entity.js';
import { CalibrationEssay } from './calibration-essay.entity.js';
import { CalibrationRound } from './calibration-round.entity.js';

/** An essay whose every criterion the group agreed: an exemplar of the rubric, with no name or school. */
export interface AnchorPaper {
  essayId: string;
  roundId: string;
  roundTitle: string;
  /** Its place in its round ("Essay 2"). */
  position: number;
  body: string;
  agreed: { criterionId: string; points: number; rationale: string }[];
  agreedAt: Date;
}

/**
 * The anchor papers of a rubric: the essays of its AGREED calibration rounds (any version of the
 * rubric). A data port, with no access decision of its own: the calibration service (teachers) and
 * the exchange's student calibration (students inside their exchange) decide who may read them.
 */
@Injectable()
export class AnchorPapersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forRubric(rubricRootId: string): Promise<AnchorPaper[]> {
    const rounds = await this.db
      .getRepository(CalibrationRound)
      .find({ where: { rubricRootId, status: 'AGREED' }, order: { agreedAt: 'DESC' } });
    if (!rounds.length) return [];
    const roundIds = rounds.map((r) => r.id);
    const [essays, agreed] = await Promise.all([
      this.db.getRepository(CalibrationEssay).find({ where: { roundId: In(roundIds) }, order: { position: 'ASC' } }),
      this.db.getRepository(CalibrationAgreedScore).find({ where: { roundId: In(roundIds) } }),
    ]);
    const byRound = new Map(rounds.map((r) => [r.id, r]));
    return rounds.flatMap((round) =>
      essays
        .filter((e) => e.roundId === round.id)
        .map((e) => ({
          essayId: e.id,
          roundId: round.id,
          roundTitle: byRound.get(e.roundId)!.title,
          position: e.position,
          body: e.body,
          agreed: agreed
            .filter((a) => a.essayId === e.id)
            .map((a) => ({ criterionId: a.criterionId, points: a.points, rationale: a.rationale })),
          agreedAt: round.agreedAt ?? round.updatedAt,
        })),
    );
  }

  /** The anchor papers with these ids, in the given order (for an exchange's student calibration). */
  async byIds(rubricRootId: string, essayIds: readonly string[]): Promise<AnchorPaper[]> {
    const all = await this.forRubric(rubricRootId);
    return essayIds.flatMap((id) => all.filter((p) => p.essayId === id));
  }
}
