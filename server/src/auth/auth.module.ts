import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AccessModule } from '../access/access.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { AccountsService } from './accounts.service.js';
import { AttemptLimiterService } from './attempt-limiter.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { PasswordsService } from './passwords.service.js';
import { Session } from './session.entity.js';
import { SessionCookieService } from './session-cookie.service.js';
import { SessionsService } from './sessions.service.js';
import { SignInFormController } from './sign-in-form.controller.js';
import { SignInHooks } from './sign-in-hooks.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Session]), AccessModule, OutboxModule, AuditModule],
  controllers: [SignInFormController],
  providers: [
    PasswordsService,
    SessionsService,
    AccountsService,
    AttemptLimiterService,
    AuthService,
    SessionCookieService,
    AuthResolver,
    SignInHooks,
  ],
  exports: [SessionsService, AccountsService, SessionCookieService, AttemptLimiterService, SignInHooks],
})
export class AuthModule {}
