import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { notFound } from '../common/errors.js';
import { AccessService } from './access.service.js';
import { Network } from './network.entity.js';
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

  viewerMembership(userId: string, networkId: string): Promise<Membership> {
    return this.access.requireMember(userId, networkId);
  }
}
