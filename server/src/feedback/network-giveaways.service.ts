import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Membership } from '../networks/membership.entity.js';
import { School } from '../networks/school.entity.js';
import type { Giveaway } from './essay-giveaways.js';
import { networkGiveaways, type NetworkIdentity } from './network-giveaways.js';

/**
 * The one check that an essay leaving its exchange (an anchor essay, student work in the showcase)
 * names no school, town or person of its network. Stateless (the data source only): modules that need
 * it provide it themselves.
 */
@Injectable()
export class NetworkGiveawaysService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** For each text, what in it names a school, a town or a person of the network. */
  async findEach(networkId: string, texts: readonly string[]): Promise<Giveaway[][]> {
    const people = await this.identities(networkId);
    return texts.map((text) => networkGiveaways(text, people));
  }

  async find(networkId: string, text: string): Promise<Giveaway[]> {
    return (await this.findEach(networkId, [text]))[0];
  }

  /** Every school (name, town) and person (name, username) of the network. */
  private async identities(networkId: string): Promise<NetworkIdentity[]> {
    const [schools, people] = await Promise.all([
      this.db.getRepository(School).findBy({ networkId }),
      this.db.getRepository(Membership).find({
        where: { networkId },
        relations: { user: true },
        select: { id: true, user: { id: true, displayName: true, username: true } },
      }),
    ]);
    return [
      ...schools.map((s) => ({ schoolName: s.name, locality: s.locality, displayName: '', username: null })),
      ...people.map((p) => ({
        schoolName: null,
        locality: null,
        displayName: p.user.displayName,
        username: p.user.username,
      })),
    ];
  }
}
