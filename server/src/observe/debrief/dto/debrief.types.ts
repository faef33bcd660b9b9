import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DebriefEntry, DebriefStepEnum } from '../debrief-entry.entity.js';
import type { DebriefStep } from '@switchback/shared';
import { PlanRevision } from '../plan-revision.entity.js';
import { UnitSectionDiff } from '../../../units/dto/unit.types.js';
import type { SectionDiff } from '../../../units/unit-diff.js';

@ObjectType({ description: 'One step of the debrief protocol, as the viewer sees it.' })
export class DebriefStepView {
  @Field(() => DebriefStepEnum)
  step: DebriefStep;

  @Field()
  label: string;

  @Field({ description: 'Who writes in this step, in words.' })
  writers: string;

  @Field()
  current: boolean;

  @Field()
  done: boolean;

  @Field({ description: 'Whether the viewer may write in this step now.' })
  viewerCanWrite: boolean;

  @Field(() => [DebriefEntry])
  entries: DebriefEntry[];
}

@ObjectType({ description: "One round's debrief of a lesson study." })
export class Debrief {
  @Field(() => ID)
  lessonStudyId: string;

  @Field(() => Int)
  round: number;

  @Field({ description: 'Whether the cycle is in its Debrief phase (the protocol runs only then).' })
  open: boolean;

  @Field(() => DebriefStepEnum)
  currentStep: DebriefStep;

  @Field(() => [DebriefStepView], { description: 'The steps this cycle runs, in order.' })
  steps: DebriefStepView[];

  @Field(() => [PlanRevision], { description: "This round's proposed, agreed and decided revisions." })
  revisions: PlanRevision[];

  @Field({ description: 'Whether the viewer is the facilitator (moves the debrief on, agrees revisions).' })
  viewerFacilitates: boolean;

  @Field({ description: 'Whether the viewer may accept agreed revisions into the plan (in Revise).' })
  viewerCanAccept: boolean;
}

@ObjectType({ description: 'Two versions of a lesson plan compared section by section.' })
export class PlanComparison {
  @Field(() => Int)
  from: number;

  @Field(() => Int)
  to: number;

  @Field(() => [UnitSectionDiff])
  sections: SectionDiff[];
}
