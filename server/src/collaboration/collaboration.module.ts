import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CollabGateway } from './collab.gateway.js';
import { Compactor } from './compactor.service.js';
import { DocumentPolicies } from './document-policies.js';
import { DocumentStore } from './document-store.service.js';
import { CollabDocumentsService } from './documents.service.js';
import { CollabLimits } from './collab-limits.js';
import { LiveDocuments } from './live-documents.service.js';
import { PeerRelay } from './peer-relay.service.js';
import { UpdateLog } from './update-log.service.js';

/**
 * The collaboration engine: live Yjs documents over socket.io `/collab`. Features that own
 * documents import this module and use `CollabDocumentsService`.
 */
@Module({
  imports: [AuthModule],
  providers: [
    CollabGateway,
    CollabDocumentsService,
    CollabLimits,
    Compactor,
    DocumentPolicies,
    DocumentStore,
    LiveDocuments,
    PeerRelay,
    UpdateLog,
  ],
  exports: [CollabDocumentsService],
})
export class CollaborationModule {}
