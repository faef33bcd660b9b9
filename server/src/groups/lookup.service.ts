import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { User, USER_COLUMNS } from '../auth/user.entity.js';
import { Membership } from '../networks/membership.entity.js';

/** Batched look-ups for DataLoaders (callers have already been authorized for the parent object). */
@Injectable()
export class LookupService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return this.db.getRepository(User).find({ select: USER_COLUMNS, where: { id: In([...new Set(ids)]) } });
  }

  /** Memberships (with school and user, which the Member type promises) for "networkId:userId" keys. */
  membershipsByKeys(keys: readonly string[]): Promise<Membership[]> {
    const pairs = keys.map((k) => k.split(':'));
    const networkIds = [...new Set(pairs.map(([n]) => n))];
    const userIds = [...new Set(pairs.map(([, u]) => u))];
    return this.db.getRepository(Membership).find({
      where: { networkId: In(networkIds), userId: In(userIds) },
      relations: { school: true, user: true },
    });
  }
}
