import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource } from 'typeorm';
import { badInput } from '../common/errors.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/pagination.js';
import { AccessService } from '../access/access.service.js';
import type { LibraryArgs } from './dto/unit.input.js';
import { Unit } from './unit.entity.js';

const badCursor = () =>
  badInput('That page link is not valid any more. Start again from the first page.', {
    after: 'Not a valid cursor.',
  });

/** Only what this service writes into cursors: an ISO time to the millisecond. */
const isCursorTime = (at: unknown): at is string =>
  typeof at === 'string' && !Number.isNaN(Date.parse(at)) && new Date(at).toISOString() === at;

/**
 * The network's library: its published units, newest first, searched by words in the title, the
 * summary or the text (of its latest published version), filtered by subject and grade band.
 */
@Injectable()
export class LibraryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async page(userId: string, args: LibraryArgs): Promise<Connection<Unit>> {
    await this.access.require(
      userId,
      args.networkId,
      'browseAdults',
      'The unit library is for the adults of the network.',
    );
    const take = pageSize(args.first);
    const qb = this.db
      .getRepository(Unit)
      .createQueryBuilder('u')
      .where('u.network_id = :n', { n: args.networkId })
      .andWhere(`u.status = 'PUBLISHED'`);
    if (args.subject) qb.andWhere('lower(u.subject) = lower(:subject)', { subject: args.subject });
    if (args.gradeBand) qb.andWhere('u.grade_band = :band', { band: args.gradeBand });
    const words = (args.search ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
    words.forEach((word, i) => {
      const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const key = `word${i}`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`u.title ILIKE :${key}`, { [key]: like })
            .orWhere(`u.summary ILIKE :${key}`)
            .orWhere(
              // The text of its latest published version, never the authors' draft.
              `EXISTS (SELECT 1 FROM unit_version v WHERE v.unit_id = u.id AND v.text ILIKE :${key}
                  AND v.number = (SELECT max(number) FROM unit_version WHERE unit_id = u.id))`,
            ),
        ),
      );
    });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(args.after, 2);
    if (cursor) {
      const [at, id] = cursor;
      if (!isCursorTime(at) || typeof id !== 'string') throw badCursor();
      qb.andWhere(`(date_trunc('milliseconds', u.published_at), u.id::text) < (:cursorAt, :cursorId)`, {
        cursorAt: at,
        cursorId: id,
      });
    }
    const rows = await qb
      .orderBy(`date_trunc('milliseconds', u.published_at)`, 'DESC')
      .addOrderBy('u.id', 'DESC')
      .limit(take + 1)
      .getMany();
    return toConnection(rows, take, totalCount, (u) => [u.publishedAt!.toISOString(), u.id]);
  }
}
