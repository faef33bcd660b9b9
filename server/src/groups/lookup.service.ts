import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { User, USER_COLUMNS } from '../auth/user.entity.js';
import type { Membership } from '../networks/membership.entity.js';
import { membershipsByKeys } from '../networks/memberships-by-keys.js';

/** Batched look-ups for DataLoaders (callers have already been authorized for the parent object). */
@Injectable()
export class LookupService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return this.db.getRepository(User).find({ select: USER_COLUMNS, where: { id: In([...new Set(ids)]) } });
  }

  /** Memberships (with school and user, which the Member type promises) for "networkId:userId" keys. */
  membershipsByKeys(keys: readonly string[]): Promise<Membership[]> {
    return membershipsByKeys(this.db, keys);
  }
}
