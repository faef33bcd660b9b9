import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { NotificationsCoreModule } from '../notifications/notifications-core.module.js';
import { MediaAccessService } from './media-access.service.js';
import { MediaCoreModule } from './media-core.module.js';
import { createMediaStorage, MEDIA_STORAGE } from './media-storage.js';
import { MediaService } from './media.service.js';
import { PlaybackController } from './playback.controller.js';
import { RecordingsResolver } from './recordings.resolver.js';
import { RenditionsService } from './renditions.service.js';
import { RetentionService } from './retention.service.js';
import { UploadsController } from './uploads.controller.js';

/** Recorded lessons: resumable uploads, range playback, low renditions, retention (docs/media.md). */
@Module({
  imports: [MediaCoreModule, AccessModule, AuditModule, NotificationsCoreModule],
  controllers: [UploadsController, PlaybackController],
  providers: [
    {
      provide: MEDIA_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createMediaStorage(config.media, config.dataDir),
    },
    MediaAccessService,
    MediaService,
    RenditionsService,
    RetentionService,
    RecordingsResolver,
  ],
  exports: [MediaService, RetentionService, RenditionsService],
})
export class MediaModule {}
