import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '../../auth/user.entity.js';
import { CurrentUser } from '../../common/current-user.decorator.js';
import { LessonStudyGuestsService } from './lesson-study-guests.service.js';
import { LessonStudy } from './lesson-study.entity.js';

/** Thin: a guest's cycles and the host network's name; the rules are in the services. */
@Resolver(() => LessonStudy)
export class LessonStudyGuestsResolver {
  constructor(private readonly guests: LessonStudyGuestsService) {}

  @Query(() => [LessonStudy], {
    description: 'Lesson studies of other networks you are invited to as the knowledgeable other, newest first.',
  })
  myGuestLessonStudies(@CurrentUser() user: User): Promise<LessonStudy[]> {
    return this.guests.list(user.id);
  }

  @ResolveField(() => String, { description: "The name of the cycle's network." })
  networkName(@Parent() cycle: LessonStudy): Promise<string> {
    return this.guests.networkName(cycle);
  }
}
