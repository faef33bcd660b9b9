import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { User } from '../../../auth/user.entity.js';
import { CurrentUser } from '../../../common/current-user.decorator.js';
import { IdArg } from '../../../common/id-arg.js';
import {
  LmsClassLink,
  LmsExchangeLink,
  LmsGradeSend,
  LmsRosterSync,
  SendGradesToLmsInput,
} from './dto/lms-sync.types.js';
import { LmsGradeSendService } from './lms-grade-send.service.js';
import { LmsRosterSyncService } from './lms-roster-sync.service.js';

/** Rosters from and grades to the LMS (LTI Advantage: NRPS and AGS). */
@Resolver()
export class LmsSyncResolver {
  constructor(
    private readonly rosters: LmsRosterSyncService,
    private readonly grades: LmsGradeSendService,
  ) {}

  @Query(() => LmsClassLink, { description: 'The LMS courses of a class and its last roster sync (the lms policy).' })
  lmsClassLink(@CurrentUser() user: User, @IdArg('classId') classId: string): Promise<LmsClassLink> {
    return this.rosters.status(user.id, classId);
  }

  @Mutation(() => LmsRosterSync, {
    description: "Enrolls the linked LMS course's learners (bound to their LMS ids); reports who is gone.",
  })
  syncLmsRoster(@CurrentUser() user: User, @IdArg('classId') classId: string): Promise<LmsRosterSync> {
    return this.rosters.sync(user.id, classId);
  }

  @Query(() => LmsExchangeLink, {
    description: "The LMS courses of an exchange, its grade setting and the caller's last send.",
  })
  lmsExchangeLink(@CurrentUser() user: User, @IdArg('exchangeId') exchangeId: string): Promise<LmsExchangeLink> {
    return this.grades.status(user.id, exchangeId);
  }

  @Mutation(() => LmsGradeSend, {
    description: "Sends the caller's own students' essay scores and/or review completion to the LMS gradebook.",
  })
  sendGradesToLms(
    @CurrentUser() user: User,
    @IdArg('exchangeId') exchangeId: string,
    @Args('input') input: SendGradesToLmsInput,
  ): Promise<LmsGradeSend> {
    return this.grades.send(user.id, exchangeId, input);
  }
}
