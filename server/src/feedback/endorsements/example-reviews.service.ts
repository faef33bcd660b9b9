import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { ENDORSEMENT_LIMITS } from '@switchback/shared';
import { ExchangeAccessService } from '../exchange-access.service.js';
import { Rubric } from '../rubric.entity.js';
import type { ExampleReview } from './dto/endorsement.types.js';

interface ExampleRow {
  id: string;
  note: string;
  approved_at: Date;
  same_rubric: boolean;
  comments: Record<string, string>;
  strength: string;
  next_step: string;
  title: string;
  rubric_id: string;
  pseudonym: string | null;
}

/**
 * "What a helpful comment looks like": the approved, visible endorsed reviews students read before
 * they review. Those of exchanges on the same rubric (any version) come first; when there are none,
 * the network's others. Never from the exchange itself, where a reviewer's pseudonym could tell an
 * essay's writer who reviewed them. An example carries the reviewer's pseudonym, the exchange's
 * title, the criterion titles and the review's words: no name, class, school, essay or writer.
 */
@Injectable()
export class ExampleReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exchanges: ExchangeAccessService,
  ) {}

  async examples(userId: string, exchangeId: string): Promise<ExampleReview[]> {
    const { exchange } = await this.exchanges.viewer(userId, exchangeId);
    const rubric = await this.db.getRepository(Rubric).findOneByOrFail({ id: exchange.rubricId });
    const sameRubric = await this.rows(exchange.networkId, exchange.id, rubric.rootId, true);
    const rows = sameRubric.length
      ? sameRubric
      : await this.rows(exchange.networkId, exchange.id, rubric.rootId, false);
    if (rows.length === 0) return [];
    const rubrics = await this.db.getRepository(Rubric).findBy({ id: In([...new Set(rows.map((r) => r.rubric_id))]) });
    return rows.map((r) => {
      const criteria = rubrics.find((x) => x.id === r.rubric_id)?.criteria ?? [];
      return {
        id: r.id,
        reviewerPseudonym: r.pseudonym ?? 'A student',
        exchangeTitle: r.title,
        sameRubric: r.same_rubric,
        comments: criteria.flatMap((c) =>
          r.comments[c.id] ? [{ criterionTitle: c.title, comment: r.comments[c.id]! }] : [],
        ),
        strength: r.strength,
        nextStep: r.next_step,
        note: r.note,
        approvedAt: r.approved_at,
      };
    });
  }

  /** Approved examples of the network's other exchanges, on the same rubric root or not, newest first. */
  private rows(networkId: string, exchangeId: string, rootId: string, sameRubric: boolean): Promise<ExampleRow[]> {
    return this.db.query<ExampleRow[]>(
      `SELECT en.id, en.note, en.approved_at, en.rubric_root_id = $3 AS same_rubric,
              r.comments, r.strength, r.next_step, e.title, e.rubric_id, s.pseudonym
         FROM review_endorsement en
         JOIN peer_review r ON r.id = en.review_id
         JOIN exchange e ON e.id = en.exchange_id
         LEFT JOIN submission s ON s.exchange_id = r.exchange_id AND s.student_id = r.reviewer_id
        WHERE en.network_id = $1 AND en.exchange_id <> $2 AND en.approved_at IS NOT NULL
          AND r.status = 'SUBMITTED' AND r.hidden_at IS NULL
          AND (en.rubric_root_id = $3) = $4
        ORDER BY en.approved_at DESC, en.id
        LIMIT $5`,
      [networkId, exchangeId, rootId, sameRubric, ENDORSEMENT_LIMITS.examplesShown],
    );
  }
}
