import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { NetworkRole } from '@switchback/shared';
import { forbidden, notFound } from '../common/errors.js';
import { Membership } from '../networks/membership.entity.js';
import { networkPolicy, type NetworkAction } from './policies/network.policy.js';
import { ADULTS } from './policy.js';
import { requestScope } from './request-scope.js';

/** The grown-ups of a network: everyone but students. */
export const ADULT_ROLES = ADULTS;

/**
 * The kernel's one answer to "is this person in this network, and as what?". Every service that
 * touches network data asks here (directly, or through a resource's access service) and decides with
 * the policy tables in `policies/`. People outside a network get "not found", never "forbidden", so
 * they cannot learn what exists there. Within a request the caller's memberships are loaded once.
 */
@Injectable()
export class AccessService {
  constructor(@InjectRepository(Membership) private readonly repo: Repository<Membership>) {}

  /** The caller's active memberships in these networks (from the request's cache when it is theirs). */
  async memberships(userId: string, networkIds: readonly string[]): Promise<Membership[]> {
    if (!networkIds.length) return [];
    const scope = requestScope.getStore();
    if (scope && scope.userId === userId) {
      // In a query, the rows read with the session are these (see request-scope.ts).
      scope.memberships ??= (
        scope.readOnly && scope.prefetched
          ? Promise.resolve(scope.prefetched)
          : this.repo.findBy({ userId, status: 'ACTIVE' })
      ).then((rows) => new Map(rows.map((m) => [m.networkId, m])));
      const all = await scope.memberships;
      return networkIds.flatMap((id) => all.get(id) ?? []);
    }
    return this.repo.findBy({ userId, networkId: In([...new Set(networkIds)]), status: 'ACTIVE' });
  }

  /** Forgets the request's cached memberships (after a change of the caller's own memberships). */
  forget(): void {
    const scope = requestScope.getStore();
    if (scope) scope.memberships = undefined;
  }

  async activeMembership(userId: string, networkId: string): Promise<Membership | null> {
    const [m] = await this.memberships(userId, [networkId]);
    return m ?? null;
  }

  /**
   * The caller's membership when the network policy allows `action`: "not found" without an active
   * membership, "forbidden" with the policy's sentence (or `message`) otherwise.
   */
  async require(userId: string, networkId: string, action: NetworkAction, message?: string): Promise<Membership> {
    const m = await this.activeMembership(userId, networkId);
    if (!m) throw notFound('network');
    if (message && !networkPolicy.allows(m, action)) throw forbidden(message);
    networkPolicy.assert(m, action);
    return m;
  }

  /** Someone's active membership as an adult, or null (for checking a person the caller names). */
  async adultMembership(userId: string, networkId: string): Promise<Membership | null> {
    const m = await this.activeMembership(userId, networkId);
    return m && (ADULT_ROLES as readonly NetworkRole[]).includes(m.role) ? m : null;
  }

  /** Active memberships of a person, with network and school. */
  membershipsOf(userId: string): Promise<Membership[]> {
    return this.repo.find({
      where: { userId, status: 'ACTIVE' },
      relations: { network: true, school: true },
      order: { createdAt: 'ASC' },
    });
  }
}
