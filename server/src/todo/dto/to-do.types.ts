import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TO_DO_KINDS } from '../to-do-item.js';

@ObjectType({ description: 'One thing waiting on the person, with a link to where it is done.' })
export class ToDoItem {
  @Field(() => ID, { description: 'Stable across calls: the kind and the id of the thing.' })
  id: string;

  @Field({ description: `One of ${TO_DO_KINDS.join(', ')}.` })
  kind: string;

  @Field({ description: 'What to do, in a few words.' })
  title: string;

  @Field(() => String, { nullable: true })
  detail: string | null;

  @Field(() => Date, { nullable: true, description: 'The deadline or start the list is ordered by.' })
  dueAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The date in words on the person\'s clock, e.g. "Due tomorrow, 5:00 PM AKST".',
  })
  when: string | null;

  @Field(() => String, { nullable: true, description: "The due day (YYYY-MM-DD) in the person's time zone." })
  dueDay: string | null;

  @Field({ description: 'The words of the action link.' })
  actionLabel: string;

  @Field({ description: "Where the action is, relative to the network's home (/n/<slug>)." })
  path: string;
}

@ObjectType({ description: 'What waits on the person in one network, ordered by deadline in their time zone.' })
export class MyToDo {
  @Field({ description: "The time zone of the dates: the person's school's (or the one given, or UTC)." })
  timeZone: string;

  @Field(() => [ToDoItem])
  items: ToDoItem[];
}
