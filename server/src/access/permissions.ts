import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod, type Type } from '@nestjs/common';
import { NETWORK_ROLES } from '@switchback/shared';
import { RESOLVERS } from '../schema/resolvers.js';
import { CONTROLLERS } from '../schema/controllers.js';
import { conveningPolicy } from './policies/convening.policy.js';
import { exchangePolicy } from './policies/exchange.policy.js';
import { groupPolicy } from './policies/group.policy.js';
import { networkPolicy } from './policies/network.policy.js';
import { unitPolicy } from './policies/unit.policy.js';
import { describePolicy, type Facts, type Policy } from './policy.js';
import { IS_PUBLIC } from './public.decorator.js';

/** Every policy table, in the order docs/permissions.md shows them. */
export const POLICIES = [networkPolicy, groupPolicy, unitPolicy, exchangePolicy, conveningPolicy] as unknown as Policy<
  Facts,
  string
>[];

const RESOLVER_NAME = 'graphql:resolver_name';
const RESOLVER_TYPE = 'graphql:resolver_type';

function methodsOf(cls: Type): [string, (...args: unknown[]) => unknown][] {
  const proto = cls.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(proto)
    .filter((k) => k !== 'constructor' && typeof proto[k] === 'function')
    .map((k) => [k, proto[k] as (...args: unknown[]) => unknown]);
}

const isPublic = (cls: Type, fn: object) =>
  Reflect.getMetadata(IS_PUBLIC, fn) === true || Reflect.getMetadata(IS_PUBLIC, cls) === true;

/** The GraphQL operations and REST routes marked `@Public()`: everything else needs a session. */
export function publicOperations(): { graphql: string[]; routes: string[] } {
  const graphql: string[] = [];
  for (const cls of RESOLVERS as Type[]) {
    for (const [key, fn] of methodsOf(cls)) {
      const type = Reflect.getMetadata(RESOLVER_TYPE, fn) as string | undefined;
      if ((type === 'Query' || type === 'Mutation') && isPublic(cls, fn))
        graphql.push((Reflect.getMetadata(RESOLVER_NAME, fn) as string | undefined) ?? key);
    }
  }
  const routes: string[] = [];
  for (const cls of CONTROLLERS as Type[]) {
    const base = String(Reflect.getMetadata(PATH_METADATA, cls) ?? '').replace(/^\/|\/$/g, '');
    for (const [, fn] of methodsOf(cls)) {
      const method = Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod | undefined;
      if (method === undefined || !isPublic(cls, fn)) continue;
      const sub = String(Reflect.getMetadata(PATH_METADATA, fn) ?? '').replace(/^\//, '');
      routes.push(`${RequestMethod[method]} /${[base, sub].filter(Boolean).join('/')}`);
    }
  }
  return { graphql: graphql.sort(), routes: routes.sort() };
}

const ROLE_HEADS = NETWORK_ROLES.map((r) => r.charAt(0) + r.slice(1).toLowerCase());

/** docs/permissions.md, generated from the policy tables (`npm run permissions:generate`). */
export function permissionsMarkdown(): string {
  const out: string[] = [
    '# Permissions',
    '',
    '<!-- Generated from server/src/access/policies by `npm run permissions:generate`; CI fails when it drifts. -->',
    '',
    'Who may do what, by network role. Every GraphQL operation, REST route and live-document join goes',
    'through the access kernel (`server/src/access/`): a global guard refuses anonymous callers unless an',
    'operation is public (below), and the services decide with these tables. "—" is denied; a',
    'condition means allowed only when it holds. Anyone with no active membership of the network gets',
    '`NOT_FOUND` for everything in it, exactly as for an id that does not exist.',
    '',
    '## Without a session',
    '',
    'Only these answer anonymous callers; every other operation answers `UNAUTHENTICATED` (HTTP 401):',
    '',
  ];
  const pub = publicOperations();
  for (const op of pub.graphql) out.push(`- GraphQL \`${op}\``);
  for (const r of pub.routes) out.push(`- \`${r}\``);
  for (const policy of POLICIES) {
    out.push('', `## ${policy.resource}`, '', `Hidden (\`NOT_FOUND\`) from ${policy.hidden}.`, '');
    out.push(`| action | what | ${ROLE_HEADS.join(' | ')} |`);
    out.push(`| --- | --- | ${ROLE_HEADS.map(() => '---').join(' | ')} |`);
    for (const row of describePolicy(policy)) {
      out.push(`| \`${row.action}\` | ${row.does} | ${row.cells.join(' | ')} |`);
    }
  }
  out.push('');
  return out.join('\n');
}
