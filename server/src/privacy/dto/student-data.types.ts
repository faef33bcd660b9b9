import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class StudentDataArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a student.' })
  studentId: string;
}

/** What deleting a student's data in one network would delete, and what would stay (anonymous). */
@ObjectType()
export class StudentDataSummary {
  @Field(() => ID)
  studentId: string;

  @Field()
  displayName: string;

  @Field()
  username: string;

  @Field(() => Int, { description: 'Classes of this network they are enrolled in.' })
  classes: number;

  @Field(() => Int, { description: 'Essays they wrote (deleted, with the reviews of them).' })
  essays: number;

  @Field(() => Int, { description: 'Reviews of their essays (deleted with the essays).' })
  reviewsReceived: number;

  @Field(() => Int, { description: 'Reviews they submitted that another student reads: they stay, anonymous.' })
  reviewsKeptAnonymous: number;

  @Field(() => Int, { description: 'Unsubmitted or hidden reviews they were writing: deleted.' })
  reviewsDeleted: number;

  @Field(() => Int)
  flags: number;

  @Field(() => Int)
  notifications: number;

  @Field({
    description:
      'True when the account belongs to no other network: the account itself (name, username, password, sessions) is deleted. ' +
      "False when another network still has them: only this network's data is deleted.",
  })
  accountDeleted: boolean;
}
