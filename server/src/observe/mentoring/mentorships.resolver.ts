import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/auth-context.js';
import { CurrentUser } from '../../common/current-user.decorator.js';
import { IdArg } from '../../common/id-arg.js';
import { loaderFor, manyEach, oneEach } from '../../common/loaders.js';
import type { User } from '../../auth/user.entity.js';
import { Membership } from '../../networks/membership.entity.js';
import { MentorMatchView, MentoringHealth, MentorshipUnit } from './dto/mentoring.types.js';
import { CreateMentorshipInput, LogMentoringMeetingInput, UpdateMentorshipInput } from './dto/mentorship.input.js';
import { MentoringHealthService } from './mentoring-health.service.js';
import { MentoringMeeting } from './mentoring-meeting.entity.js';
import { Mentorship, viewerOf } from './mentorship.entity.js';
import { MentorshipsService } from './mentorships.service.js';

@Resolver(() => Mentorship)
export class MentorshipsResolver {
  constructor(
    private readonly service: MentorshipsService,
    private readonly health: MentoringHealthService,
  ) {}

  @Query(() => [Mentorship], {
    description: "Mentoring pairs: a coordinator's whole network (dates only), a teacher's own pairs.",
  })
  mentorships(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<Mentorship[]> {
    return this.service.list(user.id, networkId);
  }

  @Query(() => Mentorship)
  mentorship(@CurrentUser() user: User, @IdArg('id', 'mentoring pair') id: string): Promise<Mentorship> {
    return this.service.get(user.id, id);
  }

  @Query(() => [MentorMatchView], {
    description: 'Coordinators: experienced job-alikes in other schools for a newer teacher, best match first.',
  })
  async mentorMatches(
    @CurrentUser() user: User,
    @IdArg('networkId') networkId: string,
    @IdArg('menteeId', 'teacher') menteeId: string,
  ): Promise<MentorMatchView[]> {
    return (await this.service.suggestions(user.id, networkId, menteeId)).map((m) => ({
      member: m.membership,
      sharedSubjects: m.sharedSubjects,
      sharedGradeBands: m.sharedGradeBands,
      hoursApart: m.hoursApart,
      reasons: m.reasons,
    }));
  }

  @Query(() => MentoringHealth, { description: 'Coordinators: active mentoring pairs and meetings in a period.' })
  mentoringHealth(
    @CurrentUser() user: User,
    @IdArg('networkId') networkId: string,
    @Args('from') from: string,
    @Args('to') to: string,
  ): Promise<MentoringHealth> {
    return this.health.figures(user.id, networkId, from, to);
  }

  @Mutation(() => Mentorship, {
    description: 'Coordinators pair an experienced teacher with a newer one in another school.',
  })
  createMentorship(@CurrentUser() user: User, @Args('input') input: CreateMentorshipInput): Promise<Mentorship> {
    return this.service.create(user.id, input);
  }

  @Mutation(() => Mentorship, { description: 'Coordinators end a pair; the pair can still read its record.' })
  endMentorship(@CurrentUser() user: User, @IdArg('mentorshipId', 'mentoring pair') id: string): Promise<Mentorship> {
    return this.service.end(user.id, id);
  }

  @Mutation(() => Mentorship, { description: 'The pair changes its shared goals or co-planned unit.' })
  updateMentorship(@CurrentUser() user: User, @Args('input') input: UpdateMentorshipInput): Promise<Mentorship> {
    return this.service.update(user.id, input);
  }

  @Mutation(() => MentoringMeeting, { description: 'Either of the pair logs a meeting: the day, notes, next steps.' })
  logMentoringMeeting(
    @CurrentUser() user: User,
    @Args('input') input: LogMentoringMeetingInput,
  ): Promise<MentoringMeeting> {
    return this.service.logMeeting(user.id, input);
  }

  @ResolveField(() => Membership)
  mentor(@Parent() m: Mentorship, @Context() ctx: GqlContext): Promise<Membership> {
    return this.member(ctx, m.networkId, m.mentorId);
  }

  @ResolveField(() => Membership)
  mentee(@Parent() m: Mentorship, @Context() ctx: GqlContext): Promise<Membership> {
    return this.member(ctx, m.networkId, m.menteeId);
  }

  private member(ctx: GqlContext, networkId: string, userId: string): Promise<Membership> {
    return loaderFor<string, Membership | null>(ctx, 'mentorshipMembers', async (keys) =>
      oneEach(keys, await this.service.membershipsByKeys(keys), (x) => `${x.networkId}:${x.userId}`),
    )
      .load(`${networkId}:${userId}`)
      .then((x) => x!);
  }

  @ResolveField(() => Boolean, { description: 'Whether you are one of the pair (and so read what it wrote).' })
  mine(@Parent() m: Mentorship): boolean {
    return viewerOf(m).readsPrivate;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may log meetings and edit goals now.' })
  canWrite(@Parent() m: Mentorship): boolean {
    return viewerOf(m).writes;
  }

  @ResolveField(() => String, { nullable: true, description: "The pair's shared goals: null for anyone else." })
  goals(@Parent() m: Mentorship): string | null {
    return viewerOf(m).readsPrivate ? m.goals : null;
  }

  @ResolveField(() => MentorshipUnit, { nullable: true, description: 'The co-planned unit: null for anyone else.' })
  unit(@CurrentUser() user: User, @Parent() m: Mentorship): Promise<MentorshipUnit | null> {
    return this.service.unitFor(user.id, m);
  }

  private meetingRows(ctx: GqlContext, m: Mentorship): Promise<MentoringMeeting[]> {
    return loaderFor<string, MentoringMeeting[]>(ctx, 'mentorshipMeetings', async (ids) =>
      manyEach(ids, await this.service.meetingsOf(ids), (x) => x.mentorshipId),
    ).load(m.id);
  }

  @ResolveField(() => [String], { description: 'The days the pair met, newest first (coordinators see these only).' })
  async meetingDates(@Parent() m: Mentorship, @Context() ctx: GqlContext): Promise<string[]> {
    return (await this.meetingRows(ctx, m)).map((x) => x.meetingOn);
  }

  @ResolveField(() => String, { nullable: true, description: 'The last day the pair met.' })
  async lastMeetingOn(@Parent() m: Mentorship, @Context() ctx: GqlContext): Promise<string | null> {
    return (await this.meetingRows(ctx, m))[0]?.meetingOn ?? null;
  }

  @ResolveField(() => [MentoringMeeting], {
    nullable: true,
    description: 'The meeting log with notes and next steps, newest first: null for anyone but the pair.',
  })
  async meetings(@Parent() m: Mentorship, @Context() ctx: GqlContext): Promise<MentoringMeeting[] | null> {
    return viewerOf(m).readsPrivate ? this.meetingRows(ctx, m) : null;
  }
}
