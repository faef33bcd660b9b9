import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DEBRIEF_STEPS, LESSON_PLAN_SECTIONS, OBSERVE_LIMITS, type DebriefStep } from '@switchback/shared';
import { RequiredText } from '../../../common/input-rules.js';
import { DebriefStepEnum } from '../debrief-entry.entity.js';

const SECTION_IDS = LESSON_PLAN_SECTIONS.map((s) => s.id);
const Body = (what: string) =>
  RequiredText(what, OBSERVE_LIMITS.debriefEntryMax, {
    empty: `Write ${what.toLowerCase()} first.`,
    tooLong: `Keep it under ${OBSERVE_LIMITS.debriefEntryMax} characters.`,
  });

@InputType()
export class AddDebriefEntryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That lesson study link is not valid.' })
  lessonStudyId: string;

  @Field(() => DebriefStepEnum, { description: 'The step you write in (it must be the current one).' })
  @IsIn(DEBRIEF_STEPS as unknown as string[], { message: 'Choose a step of the debrief.' })
  step: DebriefStep;

  @Field()
  @Body('Your contribution')
  body: string;

  @Field(() => String, { nullable: true, description: 'For evidence: the look-for point it is about.' })
  @IsOptional()
  @IsString({ message: 'Choose a look-for point.' })
  @MaxLength(64, { message: 'Choose a look-for point from the list.' })
  lookForId?: string | null;
}

@InputType()
export class ProposeRevisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That lesson study link is not valid.' })
  lessonStudyId: string;

  @Field({ description: 'The plan section: goals, flow, lookFors or evaluation.' })
  @IsIn(SECTION_IDS, { message: 'Choose a section of the plan.' })
  sectionId: string;

  @Field({ description: 'The text the revision puts into the section.' })
  @Body('The revision')
  text: string;

  @Field({
    defaultValue: false,
    description: "Replace the section's content (otherwise the text is added at its end).",
  })
  @IsBoolean({ message: 'Say whether the text replaces the section.' })
  replacesSection: boolean;
}

@InputType()
export class ShareLessonStudyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That lesson study link is not valid.' })
  lessonStudyId: string;

  @Field({ description: "The team's reflection on the cycle, published with the record." })
  @RequiredText("The team's reflection", OBSERVE_LIMITS.debriefEntryMax, {
    empty: "Write the team's reflection before sharing.",
    tooLong: `Keep the reflection under ${OBSERVE_LIMITS.debriefEntryMax} characters.`,
  })
  reflection: string;
}
