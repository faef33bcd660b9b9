import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StudentCalibration1798020000000 implements MigrationInterface {
  name = 'StudentCalibration1798020000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "exchange_calibration_essay" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "exchange_id" uuid NOT NULL, "essay_id" uuid NOT NULL, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fb1a2a9fe315c26dee8ab7f7777" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ad70f121f24b09c3e536c45854" ON "exchange_calibration_essay"  ("exchange_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_exchange_calibration_essay" ON "exchange_calibration_essay"  ("exchange_id", "essay_id") `);
    await queryRunner.query(`CREATE TABLE "student_calibration_attempt" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "exchange_id" uuid NOT NULL, "student_id" uuid NOT NULL, "essay_id" uuid NOT NULL, "attempt" integer NOT NULL, "levels" jsonb NOT NULL, "accuracy" double precision NOT NULL, "far_off" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cb530a59dbccf484e5bac2b6279" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_22f7dda03275807a41366ce37c" ON "student_calibration_attempt"  ("exchange_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_student_calibration_attempt" ON "student_calibration_attempt"  ("exchange_id", "student_id", "essay_id", "attempt") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_student_calibration_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_22f7dda03275807a41366ce37c"`);
    await queryRunner.query(`DROP TABLE "student_calibration_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."uq_exchange_calibration_essay"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ad70f121f24b09c3e536c45854"`);
    await queryRunner.query(`DROP TABLE "exchange_calibration_essay"`);
  }
}
