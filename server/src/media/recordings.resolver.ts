import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { User } from '../auth/user.entity.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import type { ObservationOwnerKind } from '@switchback/shared';
import { ObservationOwnerKindEnum } from './dto/observation-owner-kind.enum.js';
import { Recording } from './dto/recording.js';
import { MediaService } from './media.service.js';

@Resolver(() => Recording)
export class RecordingsResolver {
  constructor(private readonly media: MediaService) {}

  @Query(() => [Recording], {
    description:
      'The recordings of a lesson study (ownerKind LESSON_STUDY) or mentoring pair (MENTORSHIP), oldest first, for the people taking part.',
  })
  recordings(
    @CurrentUser() user: User,
    @Args('ownerKind', { type: () => ObservationOwnerKindEnum }) ownerKind: ObservationOwnerKind,
    @IdArg('ownerId', 'lesson') ownerId: string,
  ): Promise<Recording[]> {
    return this.media.recordings(user.id, ownerKind, ownerId);
  }

  @Mutation(() => Boolean, { description: 'Deletes a recording (its uploader, or whoever may upload to its owner).' })
  deleteRecording(@CurrentUser() user: User, @IdArg('id', 'recording') id: string): Promise<boolean> {
    return this.media.delete(user.id, id);
  }
}
