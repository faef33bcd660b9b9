/**
 * Machinery to call every GraphQL operation of the running server: its schema by introspection, a
 * selection of every field of the answer (as deep as the server's limits allow), and arguments built
 * from the argument names (an id of the right kind for every id, plausible values for the rest).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { GqlResult, TestServer } from './harness.js';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
interface Field {
  name: string;
  args: InputValue[];
  type: TypeRef;
}
interface FullType {
  kind: string;
  name: string;
  fields: Field[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

export interface Schema {
  types: Map<string, FullType>;
  queries: Field[];
  mutations: Field[];
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema {
  queryType { name } mutationType { name }
  types { kind name
    fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } }
    inputFields { name defaultValue type { ${TYPE_REF} } }
    enumValues { name } } } }`;

export async function introspect(server: TestServer): Promise<Schema> {
  const res = await server.gql<{
    __schema: { queryType: { name: string }; mutationType: { name: string }; types: FullType[] };
  }>(INTROSPECTION);
  if (!res.data) throw new Error(`introspection failed: ${JSON.stringify(res.errors)}`);
  const types = new Map(res.data.__schema.types.map((t) => [t.name, t]));
  return {
    types,
    queries: types.get(res.data.__schema.queryType.name)!.fields!,
    mutations: types.get(res.data.__schema.mutationType.name)!.fields!,
  };
}

/** The named type under lists and non-nulls. */
export function named(t: TypeRef): TypeRef {
  return t.ofType ? named(t.ofType) : t;
}
const required = (t: TypeRef) => t.kind === 'NON_NULL';
const isList = (t: TypeRef): boolean => t.kind === 'LIST' || (t.kind === 'NON_NULL' && isList(t.ofType!));

/** `[ID!]!` and the like, for variable definitions. */
export function typeString(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${typeString(t.ofType!)}!`;
  if (t.kind === 'LIST') return `[${typeString(t.ofType!)}]`;
  return t.name!;
}

/** Every field of `typeName` that needs no argument, objects `depth` levels down. */
export function selection(schema: Schema, typeName: string, depth: number): string {
  const type = schema.types.get(typeName)!;
  if (type.kind !== 'OBJECT') return '';
  const parts = ['__typename'];
  for (const f of type.fields ?? []) {
    if (f.args.some((a) => required(a.type))) continue;
    const inner = schema.types.get(named(f.type).name!)!;
    if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(f.name);
    else if (depth > 0) parts.push(`${f.name} { ${selection(schema, inner.name, depth - 1)} }`);
  }
  return parts.join(' ');
}

/** What an argument or input field with this name and type gets. */
export type ValueFor = (name: string, type: TypeRef, path: string) => unknown;

/** `undefined` leaves an optional argument or field out. */
export function valueOf(schema: Schema, name: string, type: TypeRef, valueFor: ValueFor, path = name): unknown {
  const inner = schema.types.get(named(type).name!)!;
  if (inner.kind === 'INPUT_OBJECT') {
    const obj: Record<string, unknown> = {};
    for (const f of inner.inputFields ?? []) {
      const v = valueOf(schema, f.name, f.type, valueFor, `${path}.${f.name}`);
      if (v !== undefined) obj[f.name] = v;
      else if (required(f.type) && f.defaultValue === null)
        throw new Error(`no value for the required field ${path}.${f.name}`);
    }
    return isList(type) ? [obj] : obj;
  }
  const v = valueFor(name, type, path);
  if (v === undefined && required(type)) {
    if (inner.kind === 'ENUM') return isList(type) ? [inner.enumValues![0].name] : inner.enumValues![0].name;
    throw new Error(`no value for the required argument ${path} (${typeString(type)})`);
  }
  if (v === undefined || !isList(type) || Array.isArray(v)) return v;
  return [v];
}

export interface Call {
  operation: string;
  kind: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
}

/** The document and variables of one call of `field`, selecting `depth` levels of its answer. */
export function callOf(schema: Schema, kind: Call['kind'], field: Field, valueFor: ValueFor, depth: number): Call {
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const args: string[] = [];
  for (const a of field.args) {
    const v = valueOf(schema, a.name, a.type, valueFor);
    if (v === undefined) continue;
    variables[a.name] = v;
    defs.push(`$${a.name}: ${typeString(a.type)}`);
    args.push(`${a.name}: $${a.name}`);
  }
  const inner = selection(schema, named(field.type).name!, depth);
  const query =
    `${kind}${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}` +
    `${args.length ? `(${args.join(', ')})` : ''}${inner ? ` { ${inner} }` : ''} }`;
  return { operation: field.name, kind, query, variables };
}

/** Whether the argument (or input field) names a network: the ones acting "through" a network. */
export function takesNetwork(schema: Schema, field: Field): boolean {
  const look = (args: InputValue[], seen: Set<string>): boolean =>
    args.some((a) => {
      if (a.name === 'networkId' || a.name === 'slug') return true;
      const t = schema.types.get(named(a.type).name!)!;
      if (t.kind !== 'INPUT_OBJECT' || seen.has(t.name)) return false;
      return look(t.inputFields ?? [], new Set([...seen, t.name]));
    });
  return look(field.args, new Set());
}

/** Whether any argument (or input field) is an id. */
export function takesIds(schema: Schema, field: Field): boolean {
  const look = (args: InputValue[], seen: Set<string>): boolean =>
    args.some((a) => {
      const t = schema.types.get(named(a.type).name!)!;
      if (t.name === 'ID' || a.name === 'slug') return true;
      if (t.kind !== 'INPUT_OBJECT' || seen.has(t.name)) return false;
      return look(t.inputFields ?? [], new Set([...seen, t.name]));
    });
  return look(field.args, new Set());
}

const DAY = 86_400_000;
const inDays = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour + 9, 0, 0, 0);
  return d.toISOString();
};

/** Plausible values for the arguments that are not ids (the same every time, but unique where they must be). */
export function plainValue(name: string, type: TypeRef, path: string): unknown {
  const t = named(type).name;
  if (t === 'DateTime') {
    if (/\.startsAt$|^startsAt$/.test(path)) return inDays(30, 9);
    if (/\.endsAt$|^endsAt$/.test(path)) return path.includes('Session') ? inDays(30, 10) : inDays(31, 16);
    const dates: Record<string, string> = {
      registrationDeadline: inDays(20),
      submissionDueAt: inDays(2),
      reviewDueAt: inDays(4),
      feedbackReleaseAt: inDays(5),
    };
    return dates[name] ?? inDays(10);
  }
  if (t === 'Int') {
    const ints: Record<string, number> = { helpfulness: 3, points: 3, weight: 1, capacity: 10, first: 50 };
    return ints[name] ?? (required(type) ? 1 : undefined);
  }
  if (t === 'Boolean') return required(type) ? true : undefined;
  if (t !== 'String') return undefined;
  const strings: Record<string, () => string> = {
    email: () => `probe-${randomBytes(4).toString('hex')}@example.org`,
    login: () => `nobody-${randomBytes(4).toString('hex')}@example.org`,
    password: () => 'a probe password that is long',
    token: () => randomBytes(32).toString('hex'),
    code: () => 'ZZZZ-ZZZZ',
    timeZone: () => 'America/Anchorage',
    sectionId: () => 'goals',
    frequency: () => 'DAILY',
    criterionId: () => 'claim',
    state: () => 'AK',
    url: () => 'https://example.org/probe',
    resolution: () => 'KEEP',
    targetDate: () => inDays(60).slice(0, 10),
    gradeBand: () => '9-12',
    gradeLevel: () => '10',
    subject: () => 'Mathematics',
    from: () => inDays(-60).slice(0, 10),
    to: () => inDays(1).slice(0, 10),
    displayName: () => 'Probe Person',
    username: () => `probe-${randomBytes(4).toString('hex')}`,
  };
  if (strings[name]) return strings[name]();
  return required(type) ? 'Sweep probe text' : undefined;
}

/** A fresh id nobody has. */
export const unknownId = () => randomUUID();

/** Runs `call` as `token`; `GqlResult` plus the raw text of the answer. */
export async function rawCall(
  server: TestServer,
  call: Pick<Call, 'query' | 'variables'>,
  token: string | null,
): Promise<GqlResult & { raw: string }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': server.ip,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: call.query, variables: call.variables }),
  });
  const raw = await res.text();
  let body: { data?: unknown; errors?: GqlResult['errors'] } = {};
  try {
    body = JSON.parse(raw) as typeof body;
  } catch {
    body = { errors: [{ message: raw, extensions: { code: `HTTP_${res.status}` } }] };
  }
  return { status: res.status, data: (body.data ?? null) as never, errors: body.errors, headers: res.headers, raw };
}

/** Runs the async `work` over `items`, `size` at a time. */
export async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}
