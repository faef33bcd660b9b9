import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  isInterfaceType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** The committed schema (a test checks it matches the running app's). */
export function committedSchema(): GraphQLSchema {
  const file = path.join(import.meta.dirname, '..', '..', 'server', 'schema.gql');
  return buildSchema(fs.readFileSync(file, 'utf8'));
}

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  /** A document that calls the operation with `variables` (every required argument filled in). */
  document: string;
  variables: Record<string, unknown>;
}

/** A well-typed value for an input type: ids are random UUIDs, only required input fields are set. */
export function sampleValue(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, depth);
  if (isListType(type)) return [sampleValue(type.ofType as GraphQLInputType, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined && depth < 5)
        out[f.name] = sampleValue(f.type, depth + 1);
    }
    return out;
  }
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2030-01-01T00:00:00.000Z';
    default:
      return 'x';
  }
}

function operation(kind: Operation['kind'], field: GraphQLField<unknown, unknown>): Operation {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
  const vars = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isUnionType(named) || isInterfaceType(named) ? ' { __typename }' : '';
  return {
    kind,
    name: field.name,
    document: `${kind} Sweep${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type)])),
  };
}

/** Every query and mutation of the schema, callable with well-typed sample arguments. */
export function everyOperation(schema: GraphQLSchema = committedSchema()): Operation[] {
  const ops: Operation[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) ops.push(operation(kind, field));
  }
  return ops;
}
