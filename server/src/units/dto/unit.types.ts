import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination.js';
import { School } from '../../networks/school.entity.js';
import { Unit } from '../unit.entity.js';

export const UnitConnection = ConnectionType(Unit, 'UnitConnection');

/** A person as units show them: a name, nothing more. */
@ObjectType()
export class UserSummary {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

/** Someone who has written in a unit (or created it). */
@ObjectType()
export class UnitContributor {
  @Field(() => UserSummary)
  user: UserSummary;

  @Field(() => School, { nullable: true, description: 'Their school in the network (none for coordinators).' })
  school: School | null;

  @Field(() => Int, { description: 'How many changes they made to the document.' })
  edits: number;

  @Field(() => Date, { nullable: true, description: 'Null for a creator who has not written yet.' })
  lastEditedAt: Date | null;
}

/** The unit a fork was adapted from. */
@ObjectType()
export class UnitLineage {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  groupName: string;

  @Field(() => [UnitContributor], { description: "The original's authors (its creator first; never a student)." })
  authors: UnitContributor[];

  @Field({ description: 'Who wrote the original: "Ana Alvarez (Tok School) in Copper River Science".' })
  byline: string;

  @Field({ description: 'The credit line of prints and exports: "Adapted from “<title>” by <byline>".' })
  credit: string;
}

/** One section of the template with its content, as safe HTML. */
@ObjectType()
export class UnitSectionContent {
  @Field(() => String)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'The backward-design stage the section belongs to.' })
  stage: string;

  @Field(() => String)
  html: string;
}

/** A run of text in a comparison: kept, added or removed. */
@ObjectType()
export class UnitTextChange {
  @Field(() => String, { description: 'SAME, ADDED or REMOVED.' })
  kind: string;

  @Field(() => String)
  text: string;
}

/** One section of two versions compared. */
@ObjectType()
export class UnitSectionDiff {
  @Field(() => String)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => Boolean, { description: 'Whether its text differs between the two versions.' })
  changed: boolean;

  @Field(() => [UnitTextChange], { description: 'The text in order, each run marked kept, added or removed.' })
  changes: UnitTextChange[];
}
