import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One meeting of a mentoring pair: when, what was said, what comes next. Private to the pair. */
@ObjectType({ description: "A meeting of a mentoring pair (only the pair's two people see these)." })
@Entity('mentoring_meeting')
@Index(['mentorshipId', 'meetingOn'])
export class MentoringMeeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  mentorshipId: string;

  @Field({ description: 'The day they met (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  meetingOn: string;

  @Field()
  @Column({ type: 'text', default: '' })
  notes: string;

  @Field()
  @Column({ type: 'text', default: '' })
  nextSteps: string;

  @Field(() => String, { nullable: true, description: 'When the next steps are due (YYYY-MM-DD), if set.' })
  @Column({ type: 'date', nullable: true })
  nextStepsDueOn: string | null;

  @Column({ type: 'uuid' })
  loggedById: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
