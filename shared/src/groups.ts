/** What a job-alike group gathers people by. */
export const GROUP_FOCUSES = ['SUBJECT', 'GRADE_BAND', 'ROLE'] as const;
export type GroupFocus = (typeof GROUP_FOCUSES)[number];

/** The prime focus of a group's joint work (Bernstein's message systems). */
export const PRIME_FOCUSES = ['CURRICULUM', 'PEDAGOGY', 'EVALUATION'] as const;
export type PrimeFocus = (typeof PRIME_FOCUSES)[number];

export const GROUP_MEMBER_ROLES = ['FACILITATOR', 'MEMBER'] as const;
export type GroupMemberRole = (typeof GROUP_MEMBER_ROLES)[number];

/** OPEN groups take anyone who joins; CLOSED groups take join requests that a facilitator decides. */
export const GROUP_ACCESS = ['OPEN', 'CLOSED'] as const;
export type GroupAccess = (typeof GROUP_ACCESS)[number];

export const GOAL_STATUSES = ['ACTIVE', 'MET', 'REVISED', 'DROPPED'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const POST_KINDS = ['CHECK_IN', 'QUESTION', 'RESOURCE', 'CELEBRATION'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const POST_KIND_LABELS: Record<PostKind, string> = {
  CHECK_IN: 'Check-in',
  QUESTION: 'Question',
  RESOURCE: 'Resource',
  CELEBRATION: 'Celebration',
};

export const DIGEST_FREQUENCIES = ['DAILY', 'WEEKLY', 'OFF'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** Grade bands a GRADE_BAND group can gather. */
export const GRADE_BANDS = ['K-2', '3-5', '6-8', '9-12'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

const BAND_GRADES: Record<GradeBand, string[]> = {
  'K-2': ['K', '1', '2'],
  '3-5': ['3', '4', '5'],
  '6-8': ['6', '7', '8'],
  '9-12': ['9', '10', '11', '12'],
};

/** The grade bands a set of grade levels touches. */
export function gradeBandsOf(gradeLevels: readonly string[]): GradeBand[] {
  return GRADE_BANDS.filter((band) => BAND_GRADES[band].some((g) => gradeLevels.includes(g)));
}

/** A group with no posts, goals or joins for this many days counts as inactive. */
export const INACTIVE_GROUP_DAYS = 30;

export const POST_LIMITS = { bodyMax: 10_000, linksMax: 10, urlMax: 2000, titleMax: 200, mentionsMax: 20 } as const;

/** socket.io events of the /live namespace for groups and notifications. */
export const GroupLiveEvent = {
  /** Client → server: start receiving a group's new posts (payload: { groupId }), acknowledged with { ok, error? }. */
  Watch: 'group:watch',
  Unwatch: 'group:unwatch',
  /** Server → client: a post or reply appeared, changed or was hidden in a watched group. */
  Post: 'group:post',
  /** Server → client: someone joined or left a watched group (its member count and list changed). */
  Members: 'group:members',
  /** Server → client: a new notification for this person. */
  Notification: 'notification',
} as const;

export interface GroupPostEventPayload {
  groupId: string;
  postId: string;
  parentId: string | null;
  change: 'CREATED' | 'UPDATED' | 'DELETED' | 'HIDDEN';
}

export interface GroupMembersEventPayload {
  groupId: string;
}

export interface NotificationEventPayload {
  id: string;
  kind: string;
  text: string;
  unreadCount: number;
}
