import { usableName } from '@switchback/shared';
import { LmsError, lmsFetch, lmsJson, nextLink } from './lms-http.js';

/** The media type of an NRPS v2 membership container. */
export const NRPS_MEDIA_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';

/** Guards against a platform that pages for ever. */
const MAX_PAGES = 200;
const MAX_MEMBERS = 10_000;

export type MemberKind = 'LEARNER' | 'INSTRUCTOR' | 'OTHER';

/** One person of the course, as Switchback keeps it: never their email. */
export interface CourseMember {
  /** The platform's user id (the `sub` of their launches). */
  userId: string;
  /** A name to show inside their own school; null when the platform sends none. */
  name: string | null;
  kind: MemberKind;
  /** Active in the course (status absent or "Active"). */
  active: boolean;
}

export interface CourseRoster {
  context: { id: string | null; title: string | null };
  members: CourseMember[];
  pages: number;
}

interface RawMember {
  user_id?: unknown;
  status?: unknown;
  roles?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
}

interface RawContainer {
  context?: { id?: unknown; title?: unknown };
  members?: unknown;
}

const STAFF = /(?:^|[#/])(Instructor|TeachingAssistant|Administrator|ContentDeveloper|Mentor)$/;
const LEARNER = /(?:^|[#/])Learner$/;

/** A member's place: any teaching role makes them an instructor (never enrolled as a student). */
export function memberKind(roles: readonly string[]): MemberKind {
  if (roles.some((r) => STAFF.test(r))) return 'INSTRUCTOR';
  if (roles.some((r) => LEARNER.test(r))) return 'LEARNER';
  return 'OTHER';
}

/** A display name fit for Switchback's rules (`usableName`), from the member's name or given and family names. */
export function cleanName(m: RawMember): string | null {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return usableName(str(m.name) || [str(m.given_name), str(m.family_name)].filter(Boolean).join(' '));
}

/**
 * Reads the whole membership of a course from its NRPS context memberships URL (Names and Role
 * Provisioning Services 2.0), following `Link: <…>; rel="next"` pages on the same origin.
 */
export async function fetchCourseRoster(membershipsUrl: string, accessToken: string): Promise<CourseRoster> {
  const origin = new URL(membershipsUrl).origin;
  const members = new Map<string, CourseMember>();
  let context: CourseRoster['context'] = { id: null, title: null };
  let url: string | null = membershipsUrl;
  let pages = 0;
  while (url) {
    if (++pages > MAX_PAGES || members.size > MAX_MEMBERS) {
      throw new LmsError(
        'The course roster is too long to read.',
        `more than ${MAX_PAGES} pages or ${MAX_MEMBERS} members`,
      );
    }
    const res = await lmsFetch(
      url,
      { headers: { accept: NRPS_MEDIA_TYPE, authorization: `Bearer ${accessToken}` } },
      'the course roster',
    );
    const page = await lmsJson<RawContainer>(
      res,
      'memberships',
      res.status === 401 || res.status === 403
        ? 'The LMS refused to give Switchback the course roster. Ask your coordinator to allow the Names and ' +
            'Role Provisioning service for Switchback in the LMS.'
        : 'The LMS could not give Switchback the course roster. Try again in a moment.',
    );
    if (pages === 1 && page.body.context) {
      const c = page.body.context;
      context = {
        id: typeof c.id === 'string' ? c.id : null,
        title: typeof c.title === 'string' ? c.title : null,
      };
    }
    if (!Array.isArray(page.body.members)) {
      throw new LmsError('The LMS sent a course roster Switchback could not read.', 'members is not an array');
    }
    for (const raw of page.body.members as RawMember[]) {
      const userId = raw && typeof raw.user_id === 'string' ? raw.user_id.trim() : '';
      if (!userId || userId.length > 255) continue;
      const roles = Array.isArray(raw.roles) ? raw.roles.filter((r): r is string => typeof r === 'string') : [];
      const status = typeof raw.status === 'string' ? raw.status : 'Active';
      members.set(userId, { userId, name: cleanName(raw), kind: memberKind(roles), active: status === 'Active' });
    }
    const next = nextLink(page.headers.get('link'), url);
    url = next && new URL(next).origin === origin ? next : null;
  }
  return { context, members: [...members.values()], pages };
}
