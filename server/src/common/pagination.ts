import { Field, ObjectType, Int } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { LIMITS } from '@switchback/shared';
import { badInput } from './errors.js';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A GraphQL connection type for `T`: `{ nodes, pageInfo, totalCount }`. */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(name)
  class ConnectionClass implements Connection<T> {
    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > LIMITS.pageSizeMax) {
    throw badInput(`Ask for between 1 and ${LIMITS.pageSizeMax} items at a time.`, {
      first: `Must be between 1 and ${LIMITS.pageSizeMax}.`,
    });
  }
  return n;
}

/** Opaque keyset cursors: a JSON array of the sort key values. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === arity) return v;
  } catch {
    // fall through
  }
  throw badInput('That page link is not valid any more. Start again from the first page.', {
    after: 'Not a valid cursor.',
  });
}

/** A page from up to `take + 1` rows in order: the extra row only says that another page follows. */
export function toConnection<T>(
  rows: T[],
  take: number,
  totalCount: number,
  cursorOf: (row: T) => unknown[],
): Connection<T> {
  const nodes = rows.slice(0, take);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > take, endCursor: last ? encodeCursor(cursorOf(last)) : null },
  };
}

/** Only what `newestFirstPage` writes: PostgreSQL refuses much of what Date.parse accepts. */
const isCursorTime = (at: unknown): at is string =>
  typeof at === 'string' && !Number.isNaN(Date.parse(at)) && new Date(at).toISOString() === at;

/**
 * A page's rows and the size of the whole set in ONE statement: `base` is the set before a cursor
 * narrows it, counted in an uncorrelated subquery that PostgreSQL runs once beside the page (each
 * statement is a round trip). Only an empty page after a cursor asks for the count apart.
 */
export async function rowsAndTotal<T extends { id: string }>(
  page: SelectQueryBuilder<T>,
  base: SelectQueryBuilder<T>,
  alias: string,
  afterCursor: boolean,
): Promise<{ rows: T[]; totalCount: number }> {
  const count = base.clone().select(`count(DISTINCT ${alias}.id)`).orderBy().getQuery();
  const { raw, entities } = await page.addSelect(`(${count})`, 'total_count').getRawAndEntities<{
    total_count: string;
  }>();
  if (raw.length) return { rows: entities, totalCount: Number(raw[0].total_count) };
  return { rows: entities, totalCount: afterCursor ? await base.getCount() : 0 };
}

/**
 * Newest first, keyed by (creation time to the millisecond, id). The time is truncated to the
 * millisecond a cursor can carry, so rows created within one millisecond are never skipped.
 */
export async function newestFirstPage<T extends { createdAt: Date; id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  first?: number | null,
  after?: string | null,
): Promise<Connection<T>> {
  const take = pageSize(first);
  const base = qb.clone();
  const cursor = decodeCursor(after, 2);
  if (cursor) {
    const [at, id] = cursor;
    if (!isCursorTime(at) || typeof id !== 'string') {
      throw badInput('That page link is not valid any more. Start again from the first page.', {
        after: 'Not a valid cursor.',
      });
    }
    qb.andWhere(`(date_trunc('milliseconds', ${alias}.created_at), ${alias}.id::text) < (:cursorAt, :cursorId)`, {
      cursorAt: at,
      cursorId: id,
    });
  }
  qb.orderBy(`date_trunc('milliseconds', ${alias}.created_at)`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(take + 1);
  const { rows, totalCount } = await rowsAndTotal(qb, base, alias, !!cursor);
  return toConnection(rows, take, totalCount, (r) => [r.createdAt.toISOString(), r.id]);
}
