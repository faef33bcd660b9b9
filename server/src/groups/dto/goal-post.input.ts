import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsISO8601,
  IsOptional,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { GOAL_STATUSES, POST_KINDS, POST_LIMITS, type GoalStatus, type PostKind } from '@switchback/shared';
import { OptionalText, RequiredText } from '../../common/input-rules.js';
import { GoalStatusEnum } from '../goal.entity.js';
import { PostKindEnum } from '../post.entity.js';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const GOAL_EMPTY = 'Write the goal, e.g. "All our 10th graders will answer a counter-claim".';
const GOAL_TOO_LONG = 'Keep the goal under 500 characters.';
const PostBody = () =>
  RequiredText('A post', POST_LIMITS.bodyMax, {
    empty: 'Write something to post.',
    tooLong: `Posts are at most ${POST_LIMITS.bodyMax} characters.`,
  });
/** ISO 8601 also allows "2026", "2026-06" or week dates, which a date column refuses: ask for a whole day. */
const WHOLE_DAY = /^\d{4}-\d{2}-\d{2}(T|$)/;

@InputType()
export class CreateGoalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a group.' })
  groupId: string;

  @Field()
  @RequiredText('The goal', 500, { empty: GOAL_EMPTY, tooLong: GOAL_TOO_LONG })
  statement: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText('Success criteria', 2000, 'Keep the success criteria under 2000 characters.')
  successCriteria?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Choose a target date.' })
  @Matches(WHOLE_DAY, { message: 'Choose a target date.' })
  targetDate?: string;
}

@InputType()
export class UpdateGoalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a goal.' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @RequiredText('The goal', 500, { empty: 'The goal cannot be empty.', tooLong: GOAL_TOO_LONG })
  statement?: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText('Success criteria', 2000, 'Keep the success criteria under 2000 characters.')
  successCriteria?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Choose a target date.' })
  @Matches(WHOLE_DAY, { message: 'Choose a target date.' })
  targetDate?: string;

  @Field(() => GoalStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(GOAL_STATUSES, { message: 'Choose active, met, revised or dropped.' })
  status?: GoalStatus;
}

@InputType()
export class PostLinkInput {
  @Field()
  @trim
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'Links must start with https:// or http://.' },
  )
  @MaxLength(POST_LIMITS.urlMax, { message: 'That link is too long.' })
  url: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText('Link title', POST_LIMITS.titleMax, `Link titles are at most ${POST_LIMITS.titleMax} characters.`)
  title?: string;
}

@InputType()
export class CreatePostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a group.' })
  groupId: string;

  @Field(() => PostKindEnum, { nullable: true, description: 'Required for a post; replies take their parent’s.' })
  @IsOptional()
  @IsIn(POST_KINDS, { message: 'Choose check-in, question, resource or celebration.' })
  kind?: PostKind;

  @Field()
  @PostBody()
  body: string;

  @Field(() => ID, { nullable: true, description: 'Tie the post to one of the group’s goals.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a goal of this group.' })
  goalId?: string;

  @Field(() => ID, { nullable: true, description: 'Reply to this post.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a post to reply to.' })
  parentId?: string;

  @Field(() => [PostLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(POST_LIMITS.linksMax, { message: `Attach at most ${POST_LIMITS.linksMax} links.` })
  @ValidateNested({ each: true })
  @Type(() => PostLinkInput)
  links?: PostLinkInput[];

  @Field(() => [ID], { nullable: true, description: 'Group members to mention (they are notified).' })
  @IsOptional()
  @ArrayMaxSize(POST_LIMITS.mentionsMax, { message: `Mention at most ${POST_LIMITS.mentionsMax} people.` })
  @IsUUID('all', { each: true, message: 'Mention members of the group.' })
  mentionIds?: string[];
}

@InputType()
export class UpdatePostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a post.' })
  id: string;

  @Field()
  @PostBody()
  body: string;

  @Field(() => [PostLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(POST_LIMITS.linksMax, { message: `Attach at most ${POST_LIMITS.linksMax} links.` })
  @ValidateNested({ each: true })
  @Type(() => PostLinkInput)
  links?: PostLinkInput[];
}
