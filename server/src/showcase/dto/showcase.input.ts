import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID, MinLength } from 'class-validator';
import {
  SHOWCASE_KINDS,
  SHOWCASE_LIMITS,
  SHOWCASE_RESPONSE_KINDS,
  type ShowcaseKind,
  type ShowcaseResponseKind,
} from '@switchback/shared';
import { RequiredText } from '../../common/input-rules.js';
import { ShowcaseKindEnum } from '../showcase-item.entity.js';
import { ShowcaseResponseKindEnum } from '../showcase-response.entity.js';

@InputType()
export class AddToShowcaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => ShowcaseKindEnum)
  @IsIn(SHOWCASE_KINDS, { message: 'Choose what you are presenting.' })
  kind: ShowcaseKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit, lesson study, exchange or essay (submission) presented; none for a reflection.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose what you are presenting from the list.' })
  targetId?: string;

  @Field()
  @RequiredText('The title', SHOWCASE_LIMITS.titleMax, { empty: 'Give your item a title.' })
  title: string;

  @Field({ description: 'Your short reflection: what it is and what you learned.' })
  @RequiredText('Your reflection', SHOWCASE_LIMITS.bodyMax, { empty: 'Write a few sentences about your work.' })
  @MinLength(SHOWCASE_LIMITS.bodyMin, {
    message: `Write a few sentences about your work (at least ${SHOWCASE_LIMITS.bodyMin} characters).`,
  })
  body: string;
}

@InputType()
export class RespondToShowcaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That showcase item link is not valid.' })
  itemId: string;

  @Field(() => ShowcaseResponseKindEnum)
  @IsIn(SHOWCASE_RESPONSE_KINDS, { message: 'Choose “What worked” or “What I will borrow”.' })
  kind: ShowcaseResponseKind;

  @Field()
  @RequiredText('Your response', SHOWCASE_LIMITS.responseMax, { empty: 'Write your response.' })
  @MinLength(SHOWCASE_LIMITS.responseMin, {
    message: `Say a little more (at least ${SHOWCASE_LIMITS.responseMin} characters).`,
  })
  body: string;
}
