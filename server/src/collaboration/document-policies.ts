import { Injectable } from '@nestjs/common';
import type { DocumentAccess, DocumentKind } from '@switchback/shared';

export interface DocumentRef {
  id: string;
  kind: DocumentKind;
  ownerId: string;
}

/**
 * Who may read and write one kind of document, decided by the feature that owns it. `null` means
 * the person may not even learn that the document exists.
 */
export interface DocumentPolicy {
  access(userId: string, doc: DocumentRef): Promise<DocumentAccess | null>;
}

/** The access policies of every document kind; each owning feature registers its own at start-up. */
@Injectable()
export class DocumentPolicies {
  private readonly policies = new Map<DocumentKind, DocumentPolicy>();

  register(kind: DocumentKind, policy: DocumentPolicy): void {
    this.policies.set(kind, policy);
  }

  /** Unknown kinds grant nothing. */
  async access(userId: string, doc: DocumentRef): Promise<DocumentAccess | null> {
    const policy = this.policies.get(doc.kind);
    return policy ? policy.access(userId, doc) : null;
  }
}
