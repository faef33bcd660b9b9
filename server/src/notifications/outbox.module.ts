import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { MAILER, SmtpMailer } from './mailer.js';
import { OutboxService } from './outbox.service.js';

/** The email outbox, for any feature that sends email. */
@Module({
  providers: [
    OutboxService,
    {
      provide: MAILER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : null),
    },
  ],
  exports: [OutboxService],
})
export class OutboxModule {}
