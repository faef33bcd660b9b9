import { LessonStudyHealth } from '../../observe/lesson-studies/lesson-study-health.js';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ExchangePhase, NetworkRole, UnitStatus } from '@switchback/shared';
import { ExchangePhaseEnum } from '../../feedback/exchange.entity.js';
import { Role } from '../../networks/membership.entity.js';
import { UnitStatusEnum } from '../../units/unit.entity.js';

export const ACTIVE_MEMBER_DEFINITION =
  'A member is active in the period when, between `from` (inclusive) and `to` (exclusive), they signed in; ' +
  'wrote a post, reply or check-in in a group of the network; set a group goal; joined a group or did anything ' +
  'else the group activity log records; edited a unit of the network (an edit in the live log, or the first or ' +
  'last edit in the contributor tally); commented on a unit; created an exchange; wrote or submitted an essay; ' +
  'worked on a peer review; or registered for a convening, chose one of its sessions or was checked in at one. Members are the active memberships that existed before the end of the period.';

@ObjectType({ description: 'Members and active members of one role at one school.' })
export class RoleActivity {
  @Field(() => Role)
  role: NetworkRole;

  @Field(() => Int)
  members: number;

  @Field(() => Int)
  active: number;
}

@ObjectType({ description: 'Members and active members of one school (school null: network staff without a school).' })
export class SchoolActivity {
  @Field(() => ID, { nullable: true })
  schoolId: string | null;

  @Field(() => String, { nullable: true })
  schoolName: string | null;

  @Field(() => Int)
  members: number;

  @Field(() => Int)
  active: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Active members as a percentage (one decimal); null without members.',
  })
  percentActive: number | null;

  @Field(() => [RoleActivity])
  roles: RoleActivity[];
}

@ObjectType()
export class MemberActivity {
  @Field(() => Int)
  members: number;

  @Field(() => Int, { description: ACTIVE_MEMBER_DEFINITION })
  active: number;

  @Field(() => Float, { nullable: true, description: 'Active members as a percentage (one decimal).' })
  percentActive: number | null;

  @Field(() => [RoleActivity], { description: 'The whole network by role.' })
  byRole: RoleActivity[];

  @Field(() => [SchoolActivity], { description: 'Every school of the network, then staff without a school.' })
  bySchool: SchoolActivity[];
}

@ObjectType({ description: "A group's work in the period." })
export class GroupHealth {
  @Field(() => ID)
  groupId: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: 'Active members of the group today.' })
  members: number;

  @Field(() => Int, { description: 'Posts and replies other than goal check-ins.' })
  posts: number;

  @Field(() => Int, { description: 'Goal check-ins (not their replies).' })
  checkIns: number;

  @Field(() => Int, { description: "The group's units edited in the period." })
  unitsEdited: number;

  @Field(() => Int, { description: 'posts + checkIns + unitsEdited; groups are sorted by it.' })
  activity: number;

  @Field(() => Int, { description: 'People who posted, checked in, edited a unit or acted in the group.' })
  activeMembers: number;

  @Field(() => Boolean, { description: 'No posts, check-ins or unit edits in the period.' })
  quiet: boolean;
}

@ObjectType({ description: 'A teacher or principal in no group, or whose groups have all been quiet for 30 days.' })
export class IsolatedAdult {
  @Field(() => ID)
  membershipId: string;

  @Field(() => String)
  name: string;

  @Field(() => Role)
  role: NetworkRole;

  @Field(() => String, { nullable: true })
  schoolName: string | null;

  @Field(() => String, { description: 'NO_GROUP or INACTIVE_GROUPS.' })
  reason: string;

  @Field(() => Date, { nullable: true })
  lastGroupActivityAt: Date | null;
}

@ObjectType()
export class IsolationHealth {
  @Field(() => Int)
  count: number;

  @Field(() => [IsolatedAdult], { description: 'As of today: group membership has no history.' })
  members: IsolatedAdult[];
}

@ObjectType()
export class UnitStatusCount {
  @Field(() => UnitStatusEnum)
  status: UnitStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'A unit whose authors come from two or more schools.' })
export class CrossSchoolUnit {
  @Field(() => ID)
  unitId: string;

  @Field(() => String)
  title: string;

  @Field(() => UnitStatusEnum)
  status: UnitStatus;

  @Field(() => [String], { description: 'Schools of its authors, by name.' })
  schools: string[];
}

@ObjectType()
export class UnitHealth {
  @Field(() => Int, { description: 'Units created before the end of the period.' })
  total: number;

  @Field(() => [UnitStatusCount], { description: 'Their status today, every status listed.' })
  byStatus: UnitStatusCount[];

  @Field(() => Int, { description: 'Units with authors (anyone who edited it) from 2 or more schools.' })
  crossSchool: number;

  @Field(() => [CrossSchoolUnit])
  crossSchoolUnits: CrossSchoolUnit[];
}

@ObjectType({ description: 'An exchange running during the period (counts only: no student is named).' })
export class ExchangeHealth {
  @Field(() => ID)
  exchangeId: string;

  @Field(() => String)
  title: string;

  @Field(() => ExchangePhaseEnum)
  phase: ExchangePhase;

  @Field(() => Date)
  submissionDueAt: Date;

  @Field(() => Int, { description: 'Classes taking part.' })
  classes: number;

  @Field(() => Int, { description: 'Students enrolled in those classes.' })
  studentsEnrolled: number;

  @Field(() => Int)
  essaysSubmitted: number;

  @Field(() => Float, { nullable: true, description: 'Essays submitted per student enrolled, as a percentage.' })
  submissionPercent: number | null;

  @Field(() => Int, { description: 'Reviews assigned (reassigned ones not counted).' })
  reviewsAssigned: number;

  @Field(() => Int)
  reviewsCompleted: number;

  @Field(() => Float, { nullable: true, description: 'Reviews completed per review assigned, as a percentage.' })
  reviewPercent: number | null;
}

@ObjectType({ description: 'A published convening starting in the period.' })
export class ConveningHealth {
  @Field(() => ID)
  conveningId: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'FALL or SPRING.' })
  season: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Int, { description: 'Registrations: going.' })
  going: number;

  @Field(() => Int, { description: 'Registrations: maybe.' })
  maybe: number;

  @Field(() => Int, { description: 'Registrations: not going.' })
  notGoing: number;

  @Field(() => Int)
  sessions: number;

  @Field(() => Int, { description: 'Seats taken in its sessions.' })
  seatsConfirmed: number;

  @Field(() => Int)
  seatsWaitlisted: number;

  @Field(() => Int, { description: 'Seats checked in at their session.' })
  checkIns: number;

  @Field(() => Float, { nullable: true, description: 'Check-ins per confirmed seat, as a percentage.' })
  attendancePercent: number | null;

  @Field(() => Int, { description: 'People checked in at one session or more.' })
  attendees: number;

  @Field(() => Float, { nullable: true, description: 'Attendees per person registered as going, as a percentage.' })
  turnoutPercent: number | null;
}

@ObjectType()
export class NetworkHealth {
  @Field(() => ID)
  networkId: string;

  @Field(() => String)
  networkName: string;

  @Field(() => Date)
  from: Date;

  @Field(() => Date, { description: 'Exclusive end of the period.' })
  to: Date;

  @Field(() => Date)
  generatedAt: Date;

  @Field(() => MemberActivity)
  members: MemberActivity;

  @Field(() => [GroupHealth], { description: 'Most active first; quiet groups last.' })
  groups: GroupHealth[];

  @Field(() => Int)
  quietGroups: number;

  @Field(() => IsolationHealth)
  isolated: IsolationHealth;

  @Field(() => UnitHealth)
  units: UnitHealth;

  @Field(() => [ExchangeHealth], { description: 'Exchanges open (past draft) at some time in the period.' })
  exchanges: ExchangeHealth[];

  @Field(() => [ConveningHealth])
  convenings: ConveningHealth[];

  @Field(() => LessonStudyHealth)
  lessonStudies: LessonStudyHealth;
}
