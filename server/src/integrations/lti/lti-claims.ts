/** The claims of LTI 1.3 core, Deep Linking 2.0, NRPS and AGS that Switchback reads or writes. */
const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';

export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  deepLinkingSettings: `${DL}deep_linking_settings`,
  dlContentItems: `${DL}content_items`,
  dlData: `${DL}data`,
  dlMsg: `${DL}msg`,
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
} as const;

export const RESOURCE_LINK_REQUEST = 'LtiResourceLinkRequest';
export const DEEP_LINKING_REQUEST = 'LtiDeepLinkingRequest';
export const DEEP_LINKING_RESPONSE = 'LtiDeepLinkingResponse';

/** The custom parameter of the links Switchback places: a token it signed naming the exchange or class. */
export const CUSTOM_LINK_PARAM = 'switchback_link';

const MEMBERSHIP = 'http://purl.imsglobal.org/vocab/lis/v2/membership#';

/** Context roles that make a person a teacher of the course (short forms are allowed by the spec, §A.2.3.1). */
const INSTRUCTOR_ROLES = new Set([`${MEMBERSHIP}Instructor`, 'Instructor']);
const LEARNER_ROLES = new Set([`${MEMBERSHIP}Learner`, 'Learner']);

export type LtiRole = 'INSTRUCTOR' | 'LEARNER' | null;

/** Instructor wins over learner (a teacher who is also enrolled); anything else is neither. */
export function courseRole(roles: unknown): LtiRole {
  const list = Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  if (list.some((r) => INSTRUCTOR_ROLES.has(r) || r.startsWith(`${MEMBERSHIP}Instructor#`))) return 'INSTRUCTOR';
  if (list.some((r) => LEARNER_ROLES.has(r) || r.startsWith(`${MEMBERSHIP}Learner#`))) return 'LEARNER';
  return null;
}

export interface DeepLinkingSettings {
  deep_link_return_url: string;
  accept_types: string[];
  data?: string;
}

/** The parts of a verified id token Switchback acts on. */
export interface LtiLaunch {
  platformId: string;
  networkId: string;
  messageType: typeof RESOURCE_LINK_REQUEST | typeof DEEP_LINKING_REQUEST;
  deploymentId: string;
  sub: string;
  role: LtiRole;
  email: string | null;
  name: string | null;
  context: { id: string; title: string } | null;
  resourceLink: { id: string; title: string } | null;
  custom: Record<string, string>;
  nrpsUrl: string | null;
  ags: { lineitems: string | null; lineitem: string | null; scopes: string[] };
  deepLinking: DeepLinkingSettings | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Reads the claims of an id token already verified (signature, iss, aud, exp, nonce, deployment, type). */
export function readLaunch(
  payload: Record<string, unknown>,
  platform: { id: string; networkId: string },
  messageType: LtiLaunch['messageType'],
): LtiLaunch {
  const context = obj(payload[CLAIM.context]);
  const link = obj(payload[CLAIM.resourceLink]);
  const ags = obj(payload[CLAIM.ags]);
  const dl = obj(payload[CLAIM.deepLinkingSettings]);
  const custom = Object.fromEntries(
    Object.entries(obj(payload[CLAIM.custom])).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const name =
    str(payload.name) ?? ([str(payload.given_name), str(payload.family_name)].filter(Boolean).join(' ') || null);
  return {
    platformId: platform.id,
    networkId: platform.networkId,
    messageType,
    deploymentId: String(payload[CLAIM.deploymentId]),
    sub: String(payload.sub),
    role: courseRole(payload[CLAIM.roles]),
    email: str(payload.email)?.toLowerCase() ?? null,
    name,
    context: str(context.id) ? { id: String(context.id), title: str(context.title) ?? str(context.label) ?? '' } : null,
    resourceLink: str(link.id) ? { id: String(link.id), title: str(link.title) ?? '' } : null,
    custom,
    nrpsUrl: str(obj(payload[CLAIM.nrps]).context_memberships_url),
    ags: {
      lineitems: str(ags.lineitems),
      lineitem: str(ags.lineitem),
      scopes: Array.isArray(ags.scope) ? ags.scope.filter((s): s is string => typeof s === 'string') : [],
    },
    deepLinking: str(dl.deep_link_return_url)
      ? {
          deep_link_return_url: String(dl.deep_link_return_url),
          accept_types: Array.isArray(dl.accept_types) ? dl.accept_types.map(String) : [],
          data: str(dl.data) ?? undefined,
        }
      : null,
  };
}
