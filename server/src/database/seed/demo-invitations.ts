import type { EntityManager } from 'typeorm';
import type { User } from '../../auth/user.entity.js';
import { hashToken, randomToken } from '../../auth/tokens.js';
import { Invitation } from '../../networks/invitation.entity.js';
import type { Network } from '../../networks/network.entity.js';
import { School } from '../../networks/school.entity.js';

const DAY = 86_400_000;

/**
 * A pending invitation, so People shows Copy link, Resend and Revoke. Its first link was never
 * kept (only hashes are): "Copy link" makes one.
 */
export async function seedDemoInvitations(m: EntityManager, network: Network, users: Map<string, User>) {
  const mackay = await m
    .getRepository(School)
    .findOneByOrFail({ networkId: network.id, name: 'Mackay Junior/Senior High' });
  await m.insert(Invitation, {
    networkId: network.id,
    schoolId: mackay.id,
    email: 'mia.tallbear@demo.switchback.local',
    role: 'TEACHER',
    subjects: ['Science'],
    gradeLevels: ['9', '10', '11', '12'],
    tokenHash: hashToken(randomToken()),
    invitedById: users.get('coordinator')!.id,
    expiresAt: new Date(Date.now() + 6 * DAY),
    acceptedAt: null,
  });
}
