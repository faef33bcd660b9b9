import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessService } from './access.service.js';
import { Membership } from '../networks/membership.entity.js';

/** Network membership checks, for every feature. */
@Module({
  imports: [TypeOrmModule.forFeature([Membership])],
  providers: [AccessService],
  exports: [AccessService],
})
export class AccessModule {}
