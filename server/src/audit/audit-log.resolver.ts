import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/current-user.decorator.js';
import type { Connection } from '../common/pagination.js';
import { User } from '../auth/user.entity.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditLogArgs, AuditLogConnection, type AuditLogEntry } from './dto/audit-log.types.js';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @Query(() => AuditLogConnection, {
    description: "The network's audit log, newest first: for its coordinators only.",
  })
  auditLog(@CurrentUser() user: User, @Args() args: AuditLogArgs): Promise<Connection<AuditLogEntry>> {
    return this.log.list(user.id, args);
  }
}
