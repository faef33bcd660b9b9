import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { GroupsModule } from '../groups/groups.module.js';
import { toDoProviders } from './to-do-providers.js';
import { ToDoResolver } from './to-do.resolver.js';
import { ToDoService } from './to-do.service.js';

/** Each person's "to do" on their home page, composed from every feature's provider. */
@Module({
  imports: [AccessModule, GroupsModule],
  providers: [...toDoProviders, ToDoService, ToDoResolver],
})
export class ToDoModule {}
