import type { Provider, Type } from '@nestjs/common';
import { ConveningsToDo } from '../convenings/convenings.to-do.js';
import { FeedbackToDo } from '../feedback/feedback.to-do.js';
import { EndorsementsToDo } from '../feedback/endorsements/endorsements.to-do.js';
import { GroupsToDo } from '../groups/groups.to-do.js';
import { NetworkToDo } from '../networks/network.to-do.js';
import { MentoringToDo } from '../observe/mentoring/mentoring.to-do.js';
import { UnitsToDo } from '../units/units.to-do.js';
import { LessonStudiesToDo } from '../observe/lesson-studies/lesson-studies.to-do.js';
import { DebriefToDo } from '../observe/debrief/debrief.to-do.js';
import { CalibrationToDo } from '../feedback/calibration/calibration.to-do.js';
import { ShowcaseToDo } from '../showcase/showcase.to-do.js';
import type { ToDoProvider } from './to-do-item.js';

/**
 * THE list of to-do providers: one per feature that can put something on a person's home page.
 * A new kind of item plugs in here: write `<feature>/<feature>.to-do.ts` (an injectable
 * `ToDoProvider` that asks only about its feature, in a constant number of queries), add its kind
 * to `TO_DO_KINDS` and its class below.
 */
export const TO_DO_PROVIDER_CLASSES: Type<ToDoProvider>[] = [
  FeedbackToDo,
  EndorsementsToDo,
  GroupsToDo,
  UnitsToDo,
  ConveningsToDo,
  LessonStudiesToDo,
  DebriefToDo,
  NetworkToDo,
  MentoringToDo,
  CalibrationToDo,
  ShowcaseToDo,
];

/** The injection token of the providers, as one array. */
export const TO_DO_PROVIDERS = Symbol('TO_DO_PROVIDERS');

export const toDoProviders: Provider[] = [
  ...TO_DO_PROVIDER_CLASSES,
  {
    provide: TO_DO_PROVIDERS,
    useFactory: (...providers: ToDoProvider[]) => providers,
    inject: TO_DO_PROVIDER_CLASSES,
  },
];
