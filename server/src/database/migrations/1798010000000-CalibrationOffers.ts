import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalibrationOffers1798010000000 implements MigrationInterface {
  name = 'CalibrationOffers1798010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calibration_essay_offer" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "submission_id" uuid NOT NULL, "network_id" uuid NOT NULL, "offered_by_id" uuid NOT NULL, "offered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d2a271f113190c77eb0fca9523" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_374ebef3678095d1d58d0e6071" ON "calibration_essay_offer"  ("network_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calibration_essay_offer_submission" ON "calibration_essay_offer"  ("submission_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_calibration_essay_offer_submission"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_374ebef3678095d1d58d0e6071"`);
    await queryRunner.query(`DROP TABLE "calibration_essay_offer"`);
  }
}
