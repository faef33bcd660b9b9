import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LessonStudies1797920000000 implements MigrationInterface {
  name = 'LessonStudies1797920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "lesson_study" ("id" uuid NOT NULL, "network_id" uuid NOT NULL, "group_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "theme" character varying(500) NOT NULL, "unit_id" uuid, "phase" character varying(8) NOT NULL DEFAULT 'PLAN', "round" integer NOT NULL DEFAULT '1', "plan_document_id" uuid NOT NULL, "look_fors" jsonb NOT NULL DEFAULT '[]', "observation_mode" character varying(9) NOT NULL DEFAULT 'RECORDED', "open_class_session_id" uuid, "phase_dates" jsonb NOT NULL DEFAULT '{}', "created_by_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7a8988b3131d0ecb383744a9361" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6a4b096288d92477685d4df9f0" ON "lesson_study"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4de6a88c0b4722af8cc1f028a1" ON "lesson_study"  ("group_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "lesson_study_participant" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "lesson_study_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "guest" boolean NOT NULL DEFAULT false, "added_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1ff3ce6c37de6f05b688777d31b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f473dbad2d8f710277477695fa" ON "lesson_study_participant"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3cec71b824560c8ff19de76842" ON "lesson_study_participant"  ("lesson_study_id", "role") WHERE role IN ('FACILITATOR', 'TEACHER')`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8867f8e762a17d9d78aaea746e" ON "lesson_study_participant"  ("lesson_study_id", "user_id", "role") `);
    await queryRunner.query(`CREATE TABLE "lesson_plan_version" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "lesson_study_id" uuid NOT NULL, "number" integer NOT NULL, "state" bytea NOT NULL, "note" character varying(500) NOT NULL DEFAULT '', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_661d6c6f4f2929cd0a8cc8c8e0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_17211eb7207442aba1ca3a1251" ON "lesson_plan_version"  ("lesson_study_id", "number") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_17211eb7207442aba1ca3a1251"`);
    await queryRunner.query(`DROP TABLE "lesson_plan_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8867f8e762a17d9d78aaea746e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3cec71b824560c8ff19de76842"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f473dbad2d8f710277477695fa"`);
    await queryRunner.query(`DROP TABLE "lesson_study_participant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4de6a88c0b4722af8cc1f028a1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a4b096288d92477685d4df9f0"`);
    await queryRunner.query(`DROP TABLE "lesson_study"`);
  }
}
