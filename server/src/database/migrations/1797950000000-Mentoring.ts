import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Mentoring1797950000000 implements MigrationInterface {
  name = 'Mentoring1797950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mentorship" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'ACTIVE', "goals" text NOT NULL DEFAULT '', "unit_id" uuid, "created_by_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9db7a3f2fe493dcf5da7526bc9c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_159482f3b608ee471fb1525870" ON "mentorship"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_10a33d92442e1fca6756724287" ON "mentorship"  ("mentor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cacf283801ec5d8142d238c0c5" ON "mentorship"  ("mentee_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentorship_active_pair" ON "mentorship"  ("network_id", "mentor_id", "mentee_id") WHERE status = 'ACTIVE'`);
    await queryRunner.query(`CREATE TABLE "mentoring_meeting" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "mentorship_id" uuid NOT NULL, "meeting_on" date NOT NULL, "notes" text NOT NULL DEFAULT '', "next_steps" text NOT NULL DEFAULT '', "next_steps_due_on" date, "logged_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e2e445d61a653796134890e4bf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_2c6fab43d5fe0b8119ba9cfc31" ON "mentoring_meeting"  ("mentorship_id", "meeting_on") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_2c6fab43d5fe0b8119ba9cfc31"`);
    await queryRunner.query(`DROP TABLE "mentoring_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mentorship_active_pair"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cacf283801ec5d8142d238c0c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_10a33d92442e1fca6756724287"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_159482f3b608ee471fb1525870"`);
    await queryRunner.query(`DROP TABLE "mentorship"`);
  }
}
