import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { POST_KINDS, type PostKind } from '@switchback/shared';

export const PostKindEnum = Object.fromEntries(POST_KINDS.map((k) => [k, k])) as { [K in PostKind]: K };
registerEnumType(PostKindEnum, { name: 'PostKind' });

@ObjectType()
export class PostLink {
  @Field()
  url: string;

  @Field()
  title: string;
}

/** A post in a group's stream between meetings, or (with a parent) a reply to one. */
@ObjectType()
@Entity('post')
@Index(['groupId', 'parentId', 'createdAt'])
export class Post {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  groupId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  authorId: string;

  @Field(() => PostKindEnum)
  @Column({ type: 'varchar', length: 20 })
  kind: PostKind;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  goalId: string | null;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: PostLink[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentionIds: string[];

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
