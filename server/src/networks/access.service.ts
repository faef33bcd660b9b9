import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { NetworkRole } from '@switchback/shared';
import { forbidden, notFound } from '../common/errors.js';
import { Membership } from './membership.entity.js';

/** The grown-ups of a network: everyone but students. */
export const ADULT_ROLES = ['COORDINATOR', 'ADMINISTRATOR', 'TEACHER'] as const satisfies readonly NetworkRole[];

/**
 * The one place that answers "is this person in this network, and as what?". Every service that
 * touches network data asks here first. People outside a network get "not found", never "forbidden",
 * so they cannot learn what exists there.
 */
@Injectable()
export class AccessService {
  constructor(@InjectRepository(Membership) private readonly memberships: Repository<Membership>) {}

  activeMembership(userId: string, networkId: string): Promise<Membership | null> {
    return this.memberships.findOne({ where: { userId, networkId, status: 'ACTIVE' } });
  }

  /**
   * The caller's active membership; "not found" when there is none, "forbidden" (with `message`, or
   * one naming the roles) for a role not in `roles`.
   */
  async requireMember(
    userId: string,
    networkId: string,
    roles?: readonly NetworkRole[],
    message?: string,
  ): Promise<Membership> {
    const m = await this.activeMembership(userId, networkId);
    if (!m) throw notFound('network');
    if (roles && !roles.includes(m.role)) throw forbidden(message ?? roleMessage(roles));
    return m;
  }

  requireCoordinator(userId: string, networkId: string, message?: string): Promise<Membership> {
    return this.requireMember(userId, networkId, ['COORDINATOR'], message);
  }

  /** An adult (not a student) of the network; students get "forbidden" with `message`. */
  requireAdult(userId: string, networkId: string, message?: string): Promise<Membership> {
    return this.requireMember(userId, networkId, ADULT_ROLES, message ?? 'Only the adults of the network can do that.');
  }

  /** Someone's active membership as an adult, or null (for checking a person the caller names). */
  async adultMembership(userId: string, networkId: string): Promise<Membership | null> {
    const m = await this.activeMembership(userId, networkId);
    return m && (ADULT_ROLES as readonly NetworkRole[]).includes(m.role) ? m : null;
  }

  /** Active memberships of a person, with network and school. */
  membershipsOf(userId: string): Promise<Membership[]> {
    return this.memberships.find({
      where: { userId, status: 'ACTIVE' },
      relations: { network: true, school: true },
      order: { createdAt: 'ASC' },
    });
  }
}

function roleMessage(roles: readonly NetworkRole[]): string {
  if (roles.length === 1 && roles[0] === 'COORDINATOR') return 'Only a network coordinator can do that.';
  const names = roles.map((r) => r.toLowerCase() + 's');
  return `Only ${names.join(' and ')} can do that.`;
}
