import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { User } from '../auth/user.entity.js';
import { usersByIds } from '../auth/users-by-ids.js';
import type { Membership } from '../networks/membership.entity.js';
import { membershipsByKeys } from '../networks/memberships-by-keys.js';

/** Batched look-ups for DataLoaders (callers have already been authorized for the parent object). */
@Injectable()
export class LookupService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return usersByIds(this.db, ids);
  }

  /** Memberships (with school and user, which the Member type promises) for "networkId:userId" keys. */
  membershipsByKeys(keys: readonly string[]): Promise<Membership[]> {
    return membershipsByKeys(this.db, keys);
  }
}
