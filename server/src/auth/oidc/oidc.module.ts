import { Module } from '@nestjs/common';
import { AccessModule } from '../../access/access.module.js';
import { AuditModule } from '../../audit/audit.module.js';
import { OutboxModule } from '../../notifications/outbox.module.js';
import { AuthModule } from '../auth.module.js';
import { OidcClientsService } from './oidc-clients.service.js';
import { OidcController } from './oidc.controller.js';
import { OidcLinksService } from './oidc-links.service.js';
import { OidcSignInService } from './oidc-sign-in.service.js';
import { SignInProvidersResolver } from './sign-in-providers.resolver.js';
import { SignInProvidersService } from './sign-in-providers.service.js';

/** Sign in with Google and Microsoft (OpenID Connect): docs/integrations.md. */
@Module({
  imports: [AuthModule, AccessModule, AuditModule, OutboxModule],
  controllers: [OidcController],
  providers: [OidcClientsService, OidcLinksService, OidcSignInService, SignInProvidersService, SignInProvidersResolver],
})
export class OidcModule {}
