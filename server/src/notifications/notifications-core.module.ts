import { Module } from '@nestjs/common';
import { NotificationsService } from './notifications.service.js';

/** In-app notifications, for features that notify people. */
@Module({ providers: [NotificationsService], exports: [NotificationsService] })
export class NotificationsCoreModule {}
