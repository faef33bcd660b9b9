import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewEndorsements1798040000000 implements MigrationInterface {
  name = 'ReviewEndorsements1798040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "review_endorsement" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "review_id" uuid NOT NULL, "exchange_id" uuid NOT NULL, "network_id" uuid NOT NULL, "rubric_root_id" uuid NOT NULL, "endorsed_by_id" uuid NOT NULL, "note" text NOT NULL DEFAULT '', "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c86739d03b0542abf1608c6c258" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_review_endorsement_review" ON "review_endorsement"  ("review_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9f0c1ba4d01d480482c4b9c1f7" ON "review_endorsement"  ("exchange_id") `);
    await queryRunner.query(`CREATE INDEX "ix_review_endorsement_examples" ON "review_endorsement"  ("network_id", "rubric_root_id", "approved_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_review_endorsement_examples"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9f0c1ba4d01d480482c4b9c1f7"`);
    await queryRunner.query(`DROP INDEX "public"."uq_review_endorsement_review"`);
    await queryRunner.query(`DROP TABLE "review_endorsement"`);
  }
}
