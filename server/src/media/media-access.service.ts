import { Injectable } from '@nestjs/common';
import { OBSERVATION_OWNER_KINDS, type ObservationOwnerKind } from '@switchback/shared';
import { isUUID } from 'class-validator';
import { AccessService } from '../access/access.service.js';
import { mediaPolicy, type MediaAction, type MediaFacts } from '../access/policies/media.policy.js';
import { MediaOwners } from './media-owners.js';

export interface MediaOwnerRef {
  kind: ObservationOwnerKind;
  id: string;
}

export interface MediaGrant {
  networkId: string;
  facts: MediaFacts;
}

export const isOwnerKind = (kind: unknown): kind is ObservationOwnerKind =>
  typeof kind === 'string' && (OBSERVATION_OWNER_KINDS as readonly string[]).includes(kind);

/**
 * The facts the media policy decides on (access/policies/media.policy.ts): what the owning feature
 * says (MediaOwners) and the person's role in the owner's network. Null means "not found": the
 * owner does not exist, or the person may not learn that it does; the two are never told apart.
 */
@Injectable()
export class MediaAccessService {
  constructor(
    private readonly owners: MediaOwners,
    private readonly access: AccessService,
  ) {}

  async facts(userId: string, owner: MediaOwnerRef, uploadedById: string | null = null): Promise<MediaGrant | null> {
    if (!isOwnerKind(owner.kind) || !isUUID(owner.id)) return null;
    const granted = await this.owners.access(owner.kind, userId, owner.id);
    if (!granted) return null;
    const me = await this.access.activeMembership(userId, granted.networkId);
    const role = me?.role ?? granted.guestRole;
    if (!role) return null;
    return {
      networkId: granted.networkId,
      facts: { role, view: granted.view, upload: granted.upload, uploader: uploadedById === userId },
    };
  }

  /** The grant when the person may see the owner at all (`view`, or `upload` for the uploader-to-be). */
  async visible(userId: string, owner: MediaOwnerRef, uploadedById: string | null = null): Promise<MediaGrant | null> {
    const grant = await this.facts(userId, owner, uploadedById);
    if (!grant) return null;
    return mediaPolicy.allows(grant.facts, 'view') || mediaPolicy.allows(grant.facts, 'upload') ? grant : null;
  }

  allows(grant: MediaGrant, action: MediaAction): boolean {
    return mediaPolicy.allows(grant.facts, action);
  }

  assert(grant: MediaGrant, action: MediaAction): void {
    mediaPolicy.assert(grant.facts, action);
  }
}
