import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { AccessModule } from '../access/access.module.js';
import { ClassesResolver } from './classes.resolver.js';
import { ClassesService } from './classes.service.js';

@Module({
  imports: [AccessModule, AuthModule, AuditModule],
  providers: [ClassesService, ClassesResolver],
})
export class ClassesModule {}
