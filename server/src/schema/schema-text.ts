import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_HEADER = '# Generated from the server code by `npm run schema:generate`. Do not edit by hand.\n\n';

/** The committed form of a schema: sorted, with a header. */
export function schemaText(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
