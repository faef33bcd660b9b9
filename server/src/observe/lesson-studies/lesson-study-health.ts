import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { LESSON_STUDY_PHASES, type LessonStudyPhase } from '@switchback/shared';
import { LessonStudyPhaseEnum } from './lesson-study.entity.js';

@ObjectType()
export class LessonStudyPhaseCount {
  @Field(() => LessonStudyPhaseEnum)
  phase: LessonStudyPhase;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "The network's lesson studies started before the end of the period." })
export class LessonStudyHealth {
  @Field(() => Int)
  total: number;

  @Field(() => [LessonStudyPhaseCount], { description: 'Every phase, in order, with how many cycles are in it now.' })
  byPhase: LessonStudyPhaseCount[];

  @Field(() => Int, {
    description:
      "Observers and critical friends (counted once per cycle) whose school is not the teaching teacher's: the colleagues a teacher could not have watched them without the network.",
  })
  crossSchoolObservers: number;

  @Field(() => Int, { description: 'Knowledgeable others invited from another network.' })
  invitedFromOtherNetworks: number;
}

const SQL = `
  WITH c AS (SELECT id, phase FROM lesson_study WHERE network_id = $1 AND created_at < $2),
  t AS (
    SELECT p.lesson_study_id, m.school_id FROM lesson_study_participant p
      JOIN c ON c.id = p.lesson_study_id
      JOIN membership m ON m.user_id = p.user_id AND m.network_id = $1
     WHERE p.role = 'TEACHER'
  )
  SELECT
    (SELECT coalesce(json_object_agg(phase, n), '{}'::json) FROM (SELECT phase, count(*)::int AS n FROM c GROUP BY phase) x) AS "byPhase",
    (SELECT count(DISTINCT (p.lesson_study_id, p.user_id))::int FROM lesson_study_participant p
       JOIN t ON t.lesson_study_id = p.lesson_study_id
       JOIN membership m ON m.user_id = p.user_id AND m.network_id = $1
      WHERE p.role IN ('OBSERVER', 'CRITICAL_FRIEND') AND m.school_id IS DISTINCT FROM t.school_id
        AND m.school_id IS NOT NULL) AS "crossSchoolObservers",
    (SELECT count(*)::int FROM lesson_study_participant p JOIN c ON c.id = p.lesson_study_id WHERE p.guest) AS "invited"`;

/** The lesson-study figures of network health, in the report's transaction (one statement). */
export async function lessonStudyHealth(m: EntityManager, networkId: string, to: Date): Promise<LessonStudyHealth> {
  const [row] = await m.query<{ byPhase: Record<string, number>; crossSchoolObservers: number; invited: number }[]>(
    SQL,
    [networkId, to],
  );
  const byPhase = LESSON_STUDY_PHASES.map((phase) => ({ phase, count: row?.byPhase[phase] ?? 0 }));
  return {
    total: byPhase.reduce((n, p) => n + p.count, 0),
    byPhase,
    crossSchoolObservers: row?.crossSchoolObservers ?? 0,
    invitedFromOtherNetworks: row?.invited ?? 0,
  };
}
