import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThan, type DataSource } from 'typeorm';
import { Group } from '../../groups/group.entity.js';
import { Rubric } from '../rubric.entity.js';
import { CalibrationEssay } from './calibration-essay.entity.js';
import { CalibrationRound } from './calibration-round.entity.js';
import { CalibrationScore } from './calibration-score.entity.js';
import type { RubricAgreementHistory } from './dto/calibration.types.js';
import { roundAgreement } from './round-agreement.js';

/**
 * Network health's calibration section: per rubric (every version together) the revealed rounds up
 * to the end of the period, oldest first, with their overall agreement and how many teachers scored.
 * Only figures: no score of anyone. Called for a report the coordinator already may read.
 */
@Injectable()
export class CalibrationHealthService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async history(networkId: string, to: Date): Promise<RubricAgreementHistory[]> {
    const rounds = await this.db.getRepository(CalibrationRound).find({
      where: { networkId, revealedAt: LessThan(to) },
      order: { revealedAt: 'ASC', id: 'ASC' },
    });
    if (!rounds.length) return [];
    const ids = rounds.map((r) => r.id);
    const [essays, scores, rubrics, groups] = await Promise.all([
      this.db.getRepository(CalibrationEssay).find({ where: { roundId: In(ids) }, order: { position: 'ASC' } }),
      this.db.getRepository(CalibrationScore).findBy({ roundId: In(ids) }),
      this.db.getRepository(Rubric).findBy({ rootId: In([...new Set(rounds.map((r) => r.rubricRootId))]) }),
      this.db.getRepository(Group).findBy({ id: In([...new Set(rounds.map((r) => r.groupId))]) }),
    ]);
    const roots = [...new Set(rounds.map((r) => r.rubricRootId))];
    return roots
      .map((rootId) => {
        const versions = rubrics.filter((r) => r.rootId === rootId).sort((a, b) => b.version - a.version);
        return {
          rubricTitle: versions[0]?.title ?? '',
          rounds: rounds
            .filter((r) => r.rubricRootId === rootId)
            .map((round) => {
              const mine = scores.filter((s) => s.roundId === round.id);
              const criteria = rubrics.find((r) => r.id === round.rubricId)?.criteria ?? [];
              const { overall } = roundAgreement(
                criteria,
                essays.filter((e) => e.roundId === round.id).map((e) => e.id),
                mine,
              );
              return {
                roundTitle: round.title,
                groupName: groups.find((g) => g.id === round.groupId)?.name ?? '',
                revealedAt: round.revealedAt!,
                alpha: overall.alpha,
                exact: overall.exact,
                adjacent: overall.adjacent,
                raters: new Set(mine.map((s) => s.raterId)).size,
              };
            }),
        };
      })
      .sort((a, b) => a.rubricTitle.localeCompare(b.rubricTitle, 'en', { sensitivity: 'base' }));
  }
}
