import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Exchanges1795367162622 implements MigrationInterface {
  name = 'Exchanges1795367162622';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "exchange" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "prompt" text NOT NULL, "rubric_id" uuid NOT NULL, "reviews_per_submission" integer NOT NULL DEFAULT '3', "anonymity" character varying(24) NOT NULL, "cross_school_only" boolean NOT NULL DEFAULT true, "submission_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "review_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "feedback_release_at" TIMESTAMP WITH TIME ZONE NOT NULL, "phase" character varying(12) NOT NULL DEFAULT 'DRAFT', "phase_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "pseudonym_seed" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cbd4568fcb476b57cebd8239895" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c39c1cec0e04c7720cb6597eb1" ON "exchange"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c838871c8b389f09d9d4d744ff" ON "exchange"  ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_afd9b6d475b99803de6d8d1c01" ON "exchange"  ("phase") `);
    await queryRunner.query(`CREATE TABLE "exchange_class" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "exchange_id" uuid NOT NULL, "class_id" uuid, "school_id" uuid, "added_by_id" uuid, "status" character varying(10) NOT NULL, "invited_teacher_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7545885a77d6da1b0685820b92a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d891d9d64beb93bda26ad4f751" ON "exchange_class"  ("exchange_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9c2df3aab34fe50126dd7d4e63" ON "exchange_class"  ("class_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_88d392abe8314aee21dde76be2" ON "exchange_class"  ("invited_teacher_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_exchange_class" ON "exchange_class"  ("exchange_id", "class_id") `);
    await queryRunner.query(`CREATE TABLE "submission" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "exchange_id" uuid NOT NULL, "student_id" uuid NOT NULL, "class_id" uuid NOT NULL, "school_id" uuid NOT NULL, "pseudonym" character varying(60) NOT NULL, "body" text NOT NULL DEFAULT '', "submitted_body" text, "status" character varying(10) NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_af8e0428fc24c6662c6c2b2817" ON "submission"  ("student_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_submission_pseudonym" ON "submission"  ("exchange_id", "pseudonym") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_submission_student" ON "submission"  ("exchange_id", "student_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_submission_student"`);
    await queryRunner.query(`DROP INDEX "public"."uq_submission_pseudonym"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_af8e0428fc24c6662c6c2b2817"`);
    await queryRunner.query(`DROP TABLE "submission"`);
    await queryRunner.query(`DROP INDEX "public"."uq_exchange_class"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_88d392abe8314aee21dde76be2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9c2df3aab34fe50126dd7d4e63"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d891d9d64beb93bda26ad4f751"`);
    await queryRunner.query(`DROP TABLE "exchange_class"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_afd9b6d475b99803de6d8d1c01"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c838871c8b389f09d9d4d744ff"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c39c1cec0e04c7720cb6597eb1"`);
    await queryRunner.query(`DROP TABLE "exchange"`);
  }
}
