import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UNIT_COMMENT_KINDS, type UnitCommentKind } from '@switchback/shared';

export const UnitCommentKindEnum = Object.fromEntries(UNIT_COMMENT_KINDS.map((s) => [s, s])) as {
  [K in UnitCommentKind]: K;
};
registerEnumType(UnitCommentKindEnum, { name: 'UnitCommentKind' });

/** A comment anchored to a section of a unit; critical friends' feedback is made of these. */
@ObjectType()
@Entity('unit_comment')
@Index(['unitId', 'createdAt'])
export class UnitComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  unitId: string;

  @Field(() => String, { description: 'The id of the section the comment is about (see UNIT_SECTIONS).' })
  @Column({ type: 'varchar', length: 40 })
  sectionId: string;

  @Field(() => UnitCommentKindEnum)
  @Column({ type: 'varchar', length: 12 })
  kind: UnitCommentKind;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @Field(() => ID, { nullable: true, description: 'The review round the comment was made in, if any.' })
  @Column({ type: 'uuid', nullable: true })
  reviewId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
