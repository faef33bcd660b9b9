import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AccessModule } from '../access/access.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { AccountsService } from './accounts.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { PasswordsService } from './passwords.service.js';
import { Session } from './session.entity.js';
import { SessionCookieService } from './session-cookie.service.js';
import { SessionsService } from './sessions.service.js';
import { SignInAttempt } from './sign-in-attempt.entity.js';
import { SignInLimiterService } from './sign-in-limiter.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Session, SignInAttempt]), AccessModule, OutboxModule, AuditModule],
  providers: [
    PasswordsService,
    SessionsService,
    AccountsService,
    SignInLimiterService,
    AuthService,
    SessionCookieService,
    AuthResolver,
  ],
  exports: [SessionsService, AccountsService, SessionCookieService],
})
export class AuthModule {}
