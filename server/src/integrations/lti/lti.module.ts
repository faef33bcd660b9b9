import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JwksController } from './jwks.controller.js';
import { LtiController } from './lti.controller.js';
import { LtiDeepLinkingService } from './lti-deep-linking.service.js';
import { LtiLaunchService } from './lti-launch.service.js';
import { LtiLoginService } from './lti-login.service.js';
import { LtiSignInService } from './lti-sign-in.service.js';
import { AuthModule } from '../../auth/auth.module.js';
import { LTI_ENTITIES } from './lti-entities.js';
import { LtiKeysService } from './lti-keys.service.js';
import { LtiPlatformsResolver } from './lti-platforms.resolver.js';
import { LtiPlatformsService } from './lti-platforms.service.js';
import { AccessModule } from '../../access/access.module.js';
import { AuditModule } from '../../audit/audit.module.js';

/** Switchback as an LTI 1.3 tool: platforms, keys, launches, deep linking (docs/integrations.md). */
@Module({
  imports: [AccessModule, AuditModule, AuthModule, TypeOrmModule.forFeature(LTI_ENTITIES)],
  controllers: [JwksController, LtiController],
  providers: [
    LtiKeysService,
    LtiPlatformsService,
    LtiPlatformsResolver,
    LtiLoginService,
    LtiLaunchService,
    LtiSignInService,
    LtiDeepLinkingService,
  ],
  exports: [LtiKeysService, TypeOrmModule],
})
export class LtiModule {}
