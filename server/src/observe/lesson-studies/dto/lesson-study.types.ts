import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LESSON_STUDY_ROLES, type LessonStudyRole } from '@switchback/shared';

export const LessonStudyRoleEnum = Object.fromEntries(LESSON_STUDY_ROLES.map((r) => [r, r])) as {
  [K in LessonStudyRole]: K;
};
registerEnumType(LessonStudyRoleEnum, { name: 'LessonStudyRole' });

@ObjectType()
export class LookForPoint {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  text: string;
}

@ObjectType()
export class LessonStudyPerson {
  @Field(() => ID)
  userId: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String, { nullable: true, description: "Their school in the cycle's network (none for a guest)." })
  schoolName: string | null;

  @Field(() => [LessonStudyRoleEnum])
  roles: LessonStudyRole[];

  @Field(() => Boolean, { description: 'A knowledgeable other from another network.' })
  guest: boolean;

  @Field(() => Boolean, { description: "Has a confirmed seat at the cycle's open class (an observer through it)." })
  viaOpenClass: boolean;
}

@ObjectType()
export class PhaseDatesView {
  @Field(() => String)
  phase: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, a day on each reader’s own calendar.' })
  startsOn: string | null;

  @Field(() => String, { nullable: true })
  endsOn: string | null;
}

@ObjectType()
export class LessonPlanSectionText {
  @Field(() => String)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  html: string;

  @Field(() => String)
  text: string;
}

@ObjectType()
export class LessonStudyAbilities {
  @Field(() => Boolean)
  editPlan: boolean;

  @Field(() => Boolean)
  editLookFors: boolean;

  @Field(() => Boolean)
  advance: boolean;

  @Field(() => Boolean)
  nameRoles: boolean;

  @Field(() => Boolean)
  inviteGuest: boolean;

  @Field(() => Boolean)
  watch: boolean;

  @Field(() => Boolean)
  upload: boolean;

  @Field(() => Boolean)
  writeNotes: boolean;
}
