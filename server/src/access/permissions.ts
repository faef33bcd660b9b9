import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod, type Type } from '@nestjs/common';
import { NETWORK_ROLES } from '@switchback/shared';
import { RESOLVERS } from '../schema/resolvers.js';
import { CONTROLLERS } from '../schema/controllers.js';
import { classPolicy } from './policies/class.policy.js';
import { conveningPolicy } from './policies/convening.policy.js';
import { conversationPolicy } from './policies/conversation.policy.js';
import { debriefPolicy } from './policies/debrief.policy.js';
import { exchangePolicy } from './policies/exchange.policy.js';
import { endorsementPolicy } from './policies/endorsement.policy.js';
import { mentorshipPolicy } from './policies/mentorship.policy.js';
import { groupPolicy } from './policies/group.policy.js';
import { mediaPolicy } from './policies/media.policy.js';
import { networkPolicy } from './policies/network.policy.js';
import { observationNotePolicy } from './policies/observation-note.policy.js';
import { proposalPolicy } from './policies/proposal.policy.js';
import { rubricPolicy } from './policies/rubric.policy.js';
import { unitPolicy } from './policies/unit.policy.js';
import { lessonStudyPolicy } from './policies/lesson-study.policy.js';
import { calibrationRoundPolicy } from './policies/calibration-round.policy.js';
import { showcasePolicy } from './policies/showcase.policy.js';
import { ltiPlatformPolicy } from './policies/lti-platform.policy.js';
import { lmsPolicy } from './policies/lms.policy.js';
import { signInPolicy } from './policies/sign-in.policy.js';
import { describePolicy, type Facts, type Policy } from './policy.js';
import { IS_PUBLIC } from './public.decorator.js';

import { OPERATIONS } from './operations.js';

/** Every policy table by the name `operations.ts` uses, in the order docs/permissions.md shows them. */
export const POLICY_BY_NAME = {
  network: networkPolicy,
  class: classPolicy,
  group: groupPolicy,
  proposal: proposalPolicy,
  unit: unitPolicy,
  rubric: rubricPolicy,
  exchange: exchangePolicy,
  endorsement: endorsementPolicy,
  convening: conveningPolicy,
  conversation: conversationPolicy,
  media: mediaPolicy,
  lessonStudy: lessonStudyPolicy,
  observationNote: observationNotePolicy,
  debrief: debriefPolicy,
  mentorship: mentorshipPolicy,
  calibrationRound: calibrationRoundPolicy,
  showcase: showcasePolicy,
  ltiPlatform: ltiPlatformPolicy,
  lms: lmsPolicy,
  signIn: signInPolicy,
} as unknown as Record<string, Policy<Facts, string>>;

export const POLICIES = [
  networkPolicy,
  classPolicy,
  groupPolicy,
  proposalPolicy,
  unitPolicy,
  rubricPolicy,
  exchangePolicy,
  endorsementPolicy,
  conveningPolicy,
  conversationPolicy,
  mediaPolicy,
  lessonStudyPolicy,
  observationNotePolicy,
  debriefPolicy,
  mentorshipPolicy,
  calibrationRoundPolicy,
  showcasePolicy,
  ltiPlatformPolicy,
  lmsPolicy,
  signInPolicy,
] as unknown as Policy<Facts, string>[];

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

/** The roles' cells of an operation: its action's row, or everyone for public and self operations. */
export function operationCells(ref: string): string[] {
  if (ref === 'public') return NETWORK_ROLES.map(() => 'yes (no session needed)');
  if (ref === 'self') return NETWORK_ROLES.map(() => 'own account');
  const [name, action] = ref.split('.');
  const policy = POLICY_BY_NAME[name];
  const row = policy && describePolicy(policy).find((r) => r.action === action);
  if (!row) throw new Error(`operations.ts names an unknown policy action: ${ref}`);
  return row.cells;
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
  out.push(
    '',
    '## Operations',
    '',
    'Each GraphQL operation and the policy action its service decides it with (tables below); `self`',
    "operations only ever touch the caller's own account.",
    '',
    `| operation | decided by | ${ROLE_HEADS.join(' | ')} |`,
    `| --- | --- | ${ROLE_HEADS.map(() => '---').join(' | ')} |`,
  );
  for (const [op, ref] of Object.entries(OPERATIONS).sort(([a], [b]) => a.localeCompare(b))) {
    out.push(
      `| \`${op}\` | ${ref === 'public' || ref === 'self' ? ref : `\`${ref}\``} | ${operationCells(ref).join(' | ')} |`,
    );
  }
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
