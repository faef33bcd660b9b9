import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type FindOptionsSelect } from 'typeorm';

/** A person who can sign in: an adult (email) or a student (username, no email needed). */
@ObjectType()
@Entity('user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased; null for students. */
  @Field(() => String, { nullable: true })
  @Index('uq_user_email', { unique: true, where: 'email IS NOT NULL' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** Lower-cased; set for students, who sign in with it. */
  @Field(() => String, { nullable: true })
  @Index('uq_user_username', { unique: true, where: 'username IS NOT NULL' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  username: string | null;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field()
  @Column({ type: 'varchar', length: 16, default: 'en' })
  locale: string;

  /** DAILY, WEEKLY or OFF: how often unread notifications are emailed as a digest (shown to its owner only, on Viewer). */
  @Column({ type: 'varchar', length: 10, default: 'WEEKLY' })
  digestFrequency: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The columns a person is shown by (the User type's fields): what look-ups for display select, so
 * password hashes and digest settings stay in the database.
 */
export const USER_COLUMNS: FindOptionsSelect<User> = {
  id: true,
  email: true,
  username: true,
  displayName: true,
  locale: true,
  createdAt: true,
};

/** USER_COLUMNS for a query builder's `addSelect`, where the user is joined as `alias`. */
export function userColumnsOf(alias: string): string[] {
  return Object.keys(USER_COLUMNS).map((c) => `${alias}.${c}`);
}
