import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { notFound } from '../common/errors.js';
import { AccessService } from '../access/access.service.js';
import { Network } from './network.entity.js';
import { School } from './school.entity.js';
import type { User } from '../auth/user.entity.js';
import { usersByIds } from '../auth/users-by-ids.js';
import type { Membership } from './membership.entity.js';

@Injectable()
export class NetworksService {
  constructor(
    @InjectRepository(Network) private readonly networks: Repository<Network>,
    private readonly access: AccessService,
  ) {}

  /** A network by slug, only for its active members (others get "not found"). */
  async bySlug(userId: string, slug: string): Promise<Network> {
    const network = await this.networks.findOneBy({ slug: slug.trim().toLowerCase() });
    if (!network || !(await this.access.activeMembership(userId, network.id))) throw notFound('network');
    return network;
  }

  /** Batched look-ups for a membership's relations (the membership itself was authorized). */
  byIds(ids: readonly string[]): Promise<Network[]> {
    return this.networks.findBy({ id: In([...ids]) });
  }

  schoolsByIds(ids: readonly string[]): Promise<School[]> {
    return this.networks.manager.getRepository(School).findBy({ id: In([...ids]) });
  }

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return usersByIds(this.networks.manager, ids);
  }

  viewerMembership(userId: string, networkId: string): Promise<Membership> {
    return this.access.require(userId, networkId, 'read');
  }
}
