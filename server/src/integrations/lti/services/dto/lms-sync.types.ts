import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

@ObjectType({ description: 'An LMS course a class or an exchange is linked to (from a launch of Switchback in it).' })
export class LmsCourse {
  @Field()
  title: string;

  @Field({ description: "The LMS's name as the coordinator registered it." })
  platformName: string;

  @Field({ description: 'Whether the course lets Switchback read its roster (Names and Role Provisioning).' })
  hasRoster: boolean;

  @Field({ description: 'Whether the course lets Switchback send grades (Assignment and Grade Services).' })
  hasGrades: boolean;
}

@ObjectType({ description: 'A student in a roster sync: named only for who sees the class roster, else "A student".' })
export class LmsRosterPerson {
  @Field(() => ID, { nullable: true })
  studentId: string | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Why a learner was not enrolled.' })
  reason: string | null;
}

@ObjectType({ description: 'What one "Sync roster from the LMS" did.' })
export class LmsRosterSync {
  @Field(() => ID)
  id: string;

  @Field()
  syncedAt: Date;

  @Field(() => [String])
  courseTitles: string[];

  @Field(() => [LmsRosterPerson], { description: 'Enrolled by this sync.' })
  added: LmsRosterPerson[];

  @Field(() => [LmsRosterPerson], { description: 'Already in the class.' })
  alreadyThere: LmsRosterPerson[];

  @Field(() => [LmsRosterPerson], {
    description: 'In the class from the LMS but no longer in the course: kept; the teacher removes them if right.',
  })
  gone: LmsRosterPerson[];

  @Field(() => [LmsRosterPerson], { description: 'Learners of the course not enrolled, with why.' })
  skipped: LmsRosterPerson[];

  @Field(() => Int, { description: 'Teachers of the course: reported, never changed.' })
  instructors: number;

  @Field(() => Int, { description: 'Students of the class who joined with the class code (no LMS account linked).' })
  notFromLms: number;
}

@ObjectType()
export class LmsClassLink {
  @Field(() => ID)
  classId: string;

  @Field(() => [LmsCourse])
  courses: LmsCourse[];

  @Field(() => LmsRosterSync, { nullable: true })
  lastSync: LmsRosterSync | null;
}

@ObjectType({ description: "One of the caller's students in a grade send." })
export class LmsGradeEntry {
  @Field(() => ID)
  studentId: string;

  @Field()
  name: string;

  @Field(() => Float, { nullable: true, description: 'Essay score sent (average of the reviews received).' })
  score: number | null;

  @Field(() => Float, { nullable: true })
  scoreMaximum: number | null;

  @Field(() => Int, { nullable: true, description: 'Reviews written (review completion sent).' })
  reviewsWritten: number | null;

  @Field(() => Int, { nullable: true })
  reviewsAssigned: number | null;

  @Field(() => String, { nullable: true, description: 'Why nothing (or not everything) was sent.' })
  reason: string | null;
}

@ObjectType({ description: 'What one "Send grades to the LMS" did, for the teacher who sent them.' })
export class LmsGradeSend {
  @Field(() => ID)
  id: string;

  @Field()
  sentAt: Date;

  @Field()
  sendScore: boolean;

  @Field()
  sendCompletion: boolean;

  @Field(() => [String])
  courseTitles: string[];

  @Field(() => [LmsGradeEntry])
  sent: LmsGradeEntry[];

  @Field(() => [LmsGradeEntry])
  skipped: LmsGradeEntry[];

  @Field(() => [LmsGradeEntry], { description: 'Refused by the LMS.' })
  failed: LmsGradeEntry[];
}

@ObjectType()
export class LmsExchangeLink {
  @Field(() => ID)
  exchangeId: string;

  @Field(() => [LmsCourse])
  courses: LmsCourse[];

  @Field({ description: "The exchange's setting: send each student's essay score." })
  sendScore: boolean;

  @Field({ description: "The exchange's setting: send each student's review completion." })
  sendCompletion: boolean;

  @Field(() => LmsGradeSend, { nullable: true, description: "The caller's last send." })
  lastSend: LmsGradeSend | null;
}

@InputType()
export class SendGradesToLmsInput {
  @Field({ description: "Send each student's essay score (average of the reviews received)." })
  @IsBoolean({ message: 'Choose whether to send the essay score.' })
  sendScore: boolean;

  @Field({ description: "Send each student's review completion (reviews written of reviews assigned)." })
  @IsBoolean({ message: 'Choose whether to send review completion.' })
  sendCompletion: boolean;
}
