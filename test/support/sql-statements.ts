import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';

/** Statements without their parameter lists, sorted, to compare two runs whose batches differ only in size. */
export const statementShapes = (sql: string[]) => sql.map((q) => q.replace(/IN \((\$\d+(, )?)+\)/g, 'IN (…)')).sort();

/**
 * Runs `fn` and returns the SQL statements the (in-process) server sent to PostgreSQL meanwhile
 * (`reads`: each with its parameters, to tell the same rows read twice from two batches).
 */
export async function statementsDuring<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; sql: string[]; reads: { sql: string; params: unknown[] }[] }> {
  const proto = PostgresQueryRunner.prototype;
  const original = proto.query;
  const sql: string[] = [];
  const reads: { sql: string; params: unknown[] }[] = [];
  proto.query = function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
    sql.push(String(args[0]));
    reads.push({ sql: String(args[0]), params: [...((args[1] as unknown[] | undefined) ?? [])] });
    return original.apply(this, args);
  } as typeof original;
  try {
    return { result: await fn(), sql, reads };
  } finally {
    proto.query = original;
  }
}
