import type { EntityManager } from 'typeorm';
import type { LessonStudyPhase, LessonStudyRole, LookFor, NetworkRole } from '@switchback/shared';

/** What the debrief needs to know of a lesson-study cycle. */
export interface CycleView {
  id: string;
  networkId: string;
  groupId: string;
  unitId: string | null;
  title: string;
  theme: string;
  phase: LessonStudyPhase;
  round: number;
  planDocumentId: string;
  lookFors: LookFor[];
}

/** A cycle as one person sees it: their roles in it (none for a member who only reads it). */
export interface CycleAccess {
  cycle: CycleView;
  /** The person's role in the cycle's network (for a knowledgeable other invited from another network: their adult role there). */
  networkRole: NetworkRole;
  roles: LessonStudyRole[];
  hasKnowledgeableOther: boolean;
}

export interface PlanVersionView {
  number: number;
  state: Uint8Array;
}

/**
 * The lesson-study feature as the debrief uses it (implemented in `lesson-study-adapter.ts` over
 * the lesson-study services): reading a cycle as a person may see it, saving and reading plan
 * versions, and closing a shared cycle.
 */
export abstract class LessonStudyPort {
  /** The cycle as the caller may see it; NOT_FOUND for anyone who may not know of it. */
  abstract access(userId: string, lessonStudyId: string): Promise<CycleAccess>;
  /** Which of these cycles the person took part in as a member of their network (not as a guest). */
  abstract tookPart(userId: string, lessonStudyIds: readonly string[]): Promise<Set<string>>;
  /** Freezes the plan document's current state as the next version, in the caller's transaction. */
  abstract saveVersion(manager: EntityManager, lessonStudyId: string, note: string, userId: string): Promise<number>;
  /** The cycle's plan versions, oldest first. */
  abstract versions(lessonStudyId: string): Promise<PlanVersionView[]>;
  /** Everyone taking part in the cycle (user ids, once each). */
  abstract participantIds(lessonStudyId: string): Promise<string[]>;
  /**
   * Closes the cycle after its record is shared (sets closedAt: media retention starts); false when
   * it is no longer in Share (moved on meanwhile).
   */
  abstract close(manager: EntityManager, lessonStudyId: string, userId: string): Promise<boolean>;
}
