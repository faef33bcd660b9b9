import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../auth/user.entity.js';
import { School } from '../networks/school.entity.js';

/** A teacher's class of students, joined with a join code. */
@ObjectType('Class')
@Entity('class')
export class SchoolClass {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  schoolId: string;

  @Field(() => School)
  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  school: Relation<School>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  teacherId: string;

  @Field(() => User)
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  teacher: Relation<User>;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 60 })
  subject: string;

  @Field()
  @Column({ type: 'varchar', length: 8 })
  gradeLevel: string;

  @Index('uq_class_join_code', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  joinCode: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
