/**
 * Network A's sign-in settings for the sealed-networks tests: Google enabled, an email domain with
 * A's marker for its first school, and a class set to school Google accounts. (Rows written directly:
 * the sweep's server has no provider configured, so the API would refuse to enable one.)
 */
import type { DataSource } from 'typeorm';
import { ClassSignInSetting } from '../../server/src/auth/oidc/class-sign-in-setting.entity.js';
import { NetworkSignInProvider } from '../../server/src/auth/oidc/network-sign-in-provider.entity.js';
import { SchoolEmailDomain } from '../../server/src/auth/oidc/school-email-domain.entity.js';
import type { TestNetwork } from './factories.js';

export async function signInContent(db: DataSource, net: TestNetwork, marker: string, classId: string): Promise<void> {
  await db
    .getRepository(NetworkSignInProvider)
    .insert({ networkId: net.network.id, provider: 'GOOGLE', enabled: true });
  await db
    .getRepository(SchoolEmailDomain)
    .insert({ networkId: net.network.id, schoolId: net.schools[0].id, domain: `${marker}.k12.example` });
  await db.getRepository(ClassSignInSetting).insert({ classId, provider: 'GOOGLE' });
}
