import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination.js';
import { ShowcaseItem } from '../showcase-item.entity.js';

/** Who presented an item or wrote a response, as the showcase shows them. */
@ObjectType({ description: 'A teacher as the showcase shows them.' })
export class ShowcasePerson {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, {
    nullable: true,
    description: "Their school: null on student work, where the teacher's school would tell the student's.",
  })
  schoolName: string | null;
}

/** The page of the item's target the caller may open. */
@ObjectType({ description: 'What an item presents, when the caller may open it (a unit, record or results).' })
export class ShowcaseTarget {
  @Field(() => ID)
  id: string;

  @Field({ description: 'UNIT, LESSON_STUDY or EXCHANGE: where the link leads.' })
  kind: string;
}

/** Featured items first (newest featured first), then the newest. */
export const ShowcasePage = ConnectionType(ShowcaseItem, 'ShowcasePage');
