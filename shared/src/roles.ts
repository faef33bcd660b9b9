/** Roles a person can hold in a network (one membership per person and network). */
export const NETWORK_ROLES = ['COORDINATOR', 'ADMINISTRATOR', 'TEACHER', 'STUDENT'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];

/** Roles that an invitation can grant. Students join through a class join code instead. */
export const INVITABLE_ROLES = ['COORDINATOR', 'ADMINISTRATOR', 'TEACHER'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export const ROLE_LABELS: Record<NetworkRole, string> = {
  COORDINATOR: 'Network coordinator',
  ADMINISTRATOR: 'Principal / administrator',
  TEACHER: 'Teacher',
  STUDENT: 'Student',
};

/**
 * ACTIVE members use the network; a coordinator DEACTIVATES an adult; a student taken out of their
 * last class of the network is REMOVED (they can no longer sign in to it).
 */
export const MEMBERSHIP_STATUSES = ['ACTIVE', 'DEACTIVATED', 'REMOVED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
