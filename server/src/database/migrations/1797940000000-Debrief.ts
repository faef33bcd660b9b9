import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Debrief1797940000000 implements MigrationInterface {
  name = 'Debrief1797940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "debrief_entry" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "lesson_study_id" uuid NOT NULL, "round" smallint NOT NULL, "step" character varying(24) NOT NULL, "author_id" uuid NOT NULL, "look_for_id" character varying(64), "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_668e420e7891571399f2f0f7ed2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_104b290ddceb879a8762e3064b" ON "debrief_entry"  ("lesson_study_id", "round", "created_at") `);
    await queryRunner.query(`CREATE TABLE "debrief_progress" ("lesson_study_id" uuid NOT NULL, "round" smallint NOT NULL, "step" character varying(24) NOT NULL, "moved_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b31523670aac07176ce1cfc443f" PRIMARY KEY ("lesson_study_id", "round"))`);
    await queryRunner.query(`CREATE TABLE "plan_revision" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "lesson_study_id" uuid NOT NULL, "round" smallint NOT NULL, "section_id" character varying(32) NOT NULL, "text" text NOT NULL, "replaces_section" boolean NOT NULL DEFAULT false, "status" character varying(12) NOT NULL DEFAULT 'PROPOSED', "proposed_by_id" uuid NOT NULL, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "version_number" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_588869e0bf5cfa9a4499461525b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4066e50cc7c684171d07ff3112" ON "plan_revision"  ("lesson_study_id", "round") `);
    await queryRunner.query(`CREATE TABLE "lesson_study_record" ("lesson_study_id" uuid NOT NULL, "network_id" uuid NOT NULL, "group_id" uuid NOT NULL, "unit_id" uuid, "title" character varying(200) NOT NULL, "theme" text NOT NULL, "reflection" text NOT NULL, "evidence" jsonb NOT NULL, "first_version" integer NOT NULL, "latest_version" integer NOT NULL, "revisions_accepted" integer NOT NULL, "shared_by_id" uuid NOT NULL, "shared_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1cfa7d5b1f9467f7d0763c53439" PRIMARY KEY ("lesson_study_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a2034c37dd9522593b9ed656bc" ON "lesson_study_record"  ("unit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_55f53616c357083166a60476ab" ON "lesson_study_record"  ("network_id", "shared_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_55f53616c357083166a60476ab"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2034c37dd9522593b9ed656bc"`);
    await queryRunner.query(`DROP TABLE "lesson_study_record"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4066e50cc7c684171d07ff3112"`);
    await queryRunner.query(`DROP TABLE "plan_revision"`);
    await queryRunner.query(`DROP TABLE "debrief_progress"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_104b290ddceb879a8762e3064b"`);
    await queryRunner.query(`DROP TABLE "debrief_entry"`);
  }
}
