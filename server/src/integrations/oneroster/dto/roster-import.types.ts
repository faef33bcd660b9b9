import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { US_STATES } from '@switchback/shared';
import { TimeZoneRule } from '../../../common/input-rules.js';

/** Everything uploaded in one import stays under the 1 MB request limit of the API. */
export const ROSTER_UPLOAD_MAX_CHARS = 950_000;

export enum RosterChangeAction {
  ADD = 'ADD',
  UPDATE = 'UPDATE',
  MATCH = 'MATCH',
  UNCHANGED = 'UNCHANGED',
  REMOVE = 'REMOVE',
}
registerEnumType(RosterChangeAction, {
  name: 'RosterChangeAction',
  description: 'ADD creates, UPDATE changes, MATCH links a record Switchback already has, REMOVE takes away.',
});

@InputType()
export class RosterFileInput {
  @Field({ description: 'The file name, e.g. users.csv.' })
  @IsString()
  @MaxLength(200, { message: 'That file name is too long.' })
  name: string;

  @Field({ description: 'The CSV text.' })
  @IsString()
  @MaxLength(ROSTER_UPLOAD_MAX_CHARS, { message: 'These files are too large for one import (about 1 MB at most).' })
  content: string;
}

@InputType()
export class RosterImportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => [RosterFileInput], { nullable: true, description: 'The export as separate CSV files.' })
  @IsOptional()
  @ArrayMaxSize(12, { message: 'Upload at most 12 files.' })
  @ValidateNested({ each: true })
  @Type(() => RosterFileInput)
  files?: RosterFileInput[];

  @Field({ nullable: true, description: 'Or the export as one zip file, base64-encoded.' })
  @IsOptional()
  @IsString()
  @MaxLength(ROSTER_UPLOAD_MAX_CHARS, { message: 'This zip is too large for one import (about 700 KB at most).' })
  zipBase64?: string;

  @Field({ nullable: true, description: 'Two-letter state that new schools get.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsIn(Object.keys(US_STATES), { message: 'Choose a state by its two-letter code, like AK or MT.' })
  newSchoolState?: string;

  @Field({ nullable: true, description: 'Time zone that new schools get.' })
  @IsOptional()
  @TimeZoneRule()
  newSchoolTimeZone?: string;
}

@InputType()
export class ApplyRosterImportInput extends RosterImportInput {
  @Field({ description: 'The digest of the preview the coordinator saw: applying refuses a plan that changed since.' })
  @IsString()
  @MaxLength(64)
  planDigest: string;

  @Field({ description: 'Also carry out the removals the preview showed.' })
  @IsBoolean()
  applyRemovals: boolean;
}

@ObjectType()
export class RosterRowError {
  @Field()
  file: string;

  @Field(() => Int, { description: '1 is the header line, 2 the first record; 0 the file as a whole.' })
  row: number;

  @Field(() => String, { nullable: true })
  column: string | null;

  @Field()
  message: string;
}

@ObjectType()
export class RosterChange {
  @Field(() => RosterChangeAction)
  action: RosterChangeAction;

  @Field()
  sourcedId: string;

  @Field({ description: 'What the change is about, from the uploaded files (a removal: the class).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'More about it: the email, username, earlier name, class.' })
  detail: string | null;
}

@ObjectType()
export class RosterSection {
  @Field(() => Int)
  add: number;

  @Field(() => Int)
  update: number;

  @Field(() => Int)
  match: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  remove: number;

  @Field(() => [RosterChange], { description: 'Every change but the unchanged records (at most 1,000).' })
  changes: RosterChange[];
}

@ObjectType()
export class RosterImportPreview {
  @Field({ description: 'Pass it to applyRosterImport: the import is refused if the plan has changed since.' })
  digest: string;

  @Field(() => RosterSection)
  schools: RosterSection;

  @Field(() => RosterSection)
  teachers: RosterSection;

  @Field(() => RosterSection)
  students: RosterSection;

  @Field(() => RosterSection)
  classes: RosterSection;

  @Field(() => RosterSection)
  enrollments: RosterSection;

  @Field(() => [RosterRowError])
  errors: RosterRowError[];

  @Field(() => Int, { description: 'Rows Switchback does not use (districts, parents, aides, records to be deleted).' })
  skipped: number;
}

@ObjectType()
export class RosterImportResult {
  @Field(() => RosterImportPreview, { description: 'What was applied.' })
  applied: RosterImportPreview;

  @Field({ description: 'Whether the removals were carried out too.' })
  removalsApplied: boolean;
}
