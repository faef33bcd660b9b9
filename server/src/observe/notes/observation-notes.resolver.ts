import {
  Args,
  Context,
  Field,
  Int,
  ObjectType,
  Parent,
  Query,
  Mutation,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { ObservationOwnerKind } from '@switchback/shared';
import type { GqlContext } from '../../common/auth-context.js';
import { CurrentUser } from '../../common/current-user.decorator.js';
import { IdArg } from '../../common/id-arg.js';
import { loaderFor, oneEach } from '../../common/loaders.js';
import type { User } from '../../auth/user.entity.js';
import { Membership } from '../../networks/membership.entity.js';
import { AddObservationNoteInput, UpdateObservationNoteInput } from './dto/observation-note.input.js';
import { ObservationNote, ObservationOwnerKindEnum } from './observation-note.entity.js';
import { ObservationNotesService } from './observation-notes.service.js';

@ObjectType('ObservationNoteTimeline')
export class ObservationNoteTimeline {
  @Field({
    description: "Whether you see everyone's notes of the current round (after its debrief opens) or only your own.",
  })
  seesEveryone: boolean;

  @Field(() => [ObservationNote], { description: 'In time order: on the recording, then in the room, then written.' })
  notes: ObservationNote[];
}

@Resolver(() => ObservationNote)
export class ObservationNotesResolver {
  constructor(private readonly service: ObservationNotesService) {}

  @Query(() => ObservationNoteTimeline, {
    description:
      "A cycle's or pair's observation notes you may see: your own, and everyone's of each round once that round's debrief opens.",
  })
  async observationNotes(
    @CurrentUser() user: User,
    @Args('ownerKind', { type: () => ObservationOwnerKindEnum }) ownerKind: ObservationOwnerKind,
    @IdArg('ownerId', 'lesson study or mentoring pair') ownerId: string,
    @Args('round', {
      type: () => Int,
      nullable: true,
      description: "Only that round's notes (e.g. the current round's, for its debrief's evidence).",
    })
    round?: number | null,
  ): Promise<ObservationNoteTimeline> {
    const notes = await this.service.list(user.id, ownerKind, ownerId, round ?? undefined);
    return { notes, seesEveryone: await this.service.seesAll(user.id, ownerKind, ownerId) };
  }

  @Mutation(() => ObservationNote, { description: 'Adds a note; sending the same id again returns the stored note.' })
  addObservationNote(
    @CurrentUser() user: User,
    @Args('input') input: AddObservationNoteInput,
  ): Promise<ObservationNote> {
    return this.service.add(user.id, input);
  }

  @Mutation(() => ObservationNote, { description: 'Changes your own note while notes may be written.' })
  updateObservationNote(
    @CurrentUser() user: User,
    @Args('input') input: UpdateObservationNoteInput,
  ): Promise<ObservationNote> {
    return this.service.update(user.id, input);
  }

  @Mutation(() => String, { description: "Deletes your own note while notes may be written; answers the note's id." })
  deleteObservationNote(@CurrentUser() user: User, @IdArg('id', 'note') id: string): Promise<string> {
    return this.service.remove(user.id, id);
  }

  @ResolveField(() => Membership, {
    nullable: true,
    description: 'Who wrote it, with their school (null once they have left the network).',
  })
  author(@Parent() n: ObservationNote, @Context() ctx: GqlContext): Promise<Membership | null> {
    return loaderFor<string, Membership | null>(ctx, 'observationNoteAuthors', async (keys) =>
      oneEach(keys, await this.service.membershipsByKeys(keys), (m) => `${m.networkId}:${m.userId}`),
    ).load(`${n.networkId}:${n.authorId}`);
  }

  @ResolveField(() => Boolean, { description: 'Whether you wrote it.' })
  mine(@CurrentUser() user: User, @Parent() n: ObservationNote): boolean {
    return n.authorId === user.id;
  }
}
