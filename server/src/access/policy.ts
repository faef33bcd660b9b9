import { NETWORK_ROLES, type NetworkRole } from '@switchback/shared';
import { forbidden } from '../common/errors.js';

/** Every role but students. */
export const ADULTS = ['COORDINATOR', 'ADMINISTRATOR', 'TEACHER'] as const satisfies readonly NetworkRole[];
export const COORDINATORS = ['COORDINATOR'] as const satisfies readonly NetworkRole[];
export const EVERYONE = NETWORK_ROLES;

/** What every policy knows of the caller: their role in the resource's network. */
export interface Facts {
  role: NetworkRole;
}

/**
 * One line of a policy: the roles it can grant, and (for some) a condition on the facts. A rule
 * without a condition grants the roles outright. `when` is the condition in words, for
 * docs/permissions.md.
 */
export interface Rule<F extends Facts> {
  roles: readonly NetworkRole[];
  when?: string;
  test?: (facts: F) => boolean;
}

export interface Action<F extends Facts> {
  /** What the action is, in words, for the permissions table. */
  does: string;
  /** Any rule that matches allows the action; none matching denies it. */
  allow: readonly Rule<F>[];
  /** The sentence a person gets when denied (FORBIDDEN). */
  denied: string | ((facts: F) => string);
}

export interface Policy<F extends Facts, A extends string> {
  resource: string;
  /** Who the resource is hidden from entirely (NOT_FOUND), in words. */
  hidden: string;
  actions: Record<A, Action<F>>;
  /** Whether the facts allow the action. Deny by default: an action with no matching rule is refused. */
  allows(facts: F, action: A): boolean;
  /** Throws FORBIDDEN with the action's sentence unless the facts allow it. */
  assert(facts: F, action: A): void;
}

/** A policy table for one resource; see `policies/` and docs/permissions.md. */
export function definePolicy<F extends Facts, A extends string>(
  resource: string,
  hidden: string,
  actions: Record<A, Action<F>>,
): Policy<F, A> {
  const allows = (facts: F, action: A): boolean =>
    actions[action].allow.some((r) => r.roles.includes(facts.role) && (!r.test || r.test(facts)));
  return {
    resource,
    hidden,
    actions,
    allows,
    assert(facts, action) {
      if (allows(facts, action)) return;
      const denied = actions[action].denied;
      throw forbidden(typeof denied === 'function' ? denied(facts) : denied);
    },
  };
}

/** The table of one policy as rows of (action, does, role → who), for docs/permissions.md. */
export function describePolicy(policy: Policy<Facts, string>): { action: string; does: string; cells: string[] }[] {
  return Object.entries(policy.actions).map(([action, a]) => ({
    action,
    does: a.does,
    cells: NETWORK_ROLES.map((role) => {
      const rules = a.allow.filter((r) => r.roles.includes(role));
      if (!rules.length) return '—';
      if (rules.some((r) => !r.test)) return 'yes';
      return rules.map((r) => r.when ?? 'if allowed').join('; or ');
    }),
  }));
}
