import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { OBSERVATION_MODES, type ObservationMode } from '@switchback/shared';
import { ObservationModeEnum } from '../lesson-study.entity.js';

@InputType()
export class SetObservationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a lesson study.' })
  lessonStudyId: string;

  @Field(() => ObservationModeEnum)
  @IsIn(OBSERVATION_MODES, { message: 'Choose recorded, in person or both.' })
  observationMode: ObservationMode;

  @Field(() => ID, { nullable: true, description: 'A convening session of kind OPEN_CLASS (in person or both).' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose an open-class session from the list.' })
  openClassSessionId?: string | null;
}
