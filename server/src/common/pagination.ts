import { Field, ObjectType, Int } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
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
