import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RubricLevel')
export class RubricLevelType {
  @Field(() => Int)
  points: number;

  @Field(() => String, { description: 'E.g. "Proficient".' })
  label: string;

  @Field(() => String, { description: 'What work at this level looks like.' })
  descriptor: string;
}

@ObjectType('RubricCriterion')
export class RubricCriterionType {
  @Field(() => String, { description: 'Stable across versions; reviews refer to it.' })
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => Int, { description: 'From 1 to 10.' })
  weight: number;

  @Field(() => [RubricLevelType], { description: 'In the order the teacher set.' })
  levels: RubricLevelType[];
}

/** A person named on a rubric. */
@ObjectType('RubricPerson')
export class RubricPerson {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;
}

/** The group a rubric is shared with. */
@ObjectType('RubricGroup')
export class RubricGroup {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}
