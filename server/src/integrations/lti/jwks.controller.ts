import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../../access/public.decorator.js';
import { LtiKeysService } from './lti-keys.service.js';

/** Switchback's public key set, which LTI platforms fetch to verify what the tool signs. */
@Controller('.well-known')
export class JwksController {
  constructor(private readonly keys: LtiKeysService) {}

  @Public()
  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  jwks() {
    return this.keys.jwks();
  }
}
