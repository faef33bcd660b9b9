import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeerReviews1795370894726 implements MigrationInterface {
  name = 'PeerReviews1795370894726';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "peer_review" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "exchange_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'ASSIGNED', "levels" jsonb NOT NULL DEFAULT '{}', "comments" jsonb NOT NULL DEFAULT '{}', "strength" text NOT NULL DEFAULT '', "next_step" text NOT NULL DEFAULT '', "score" real, "started_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by_id" uuid, "helpfulness" smallint, "helpfulness_comment" text, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4bcb6665e318bc61a70b1e5a6ae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_64268b61e76c605dd7ec51fcc7" ON "peer_review"  ("exchange_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c4c0ae64965d4a17da23b9c894" ON "peer_review"  ("submission_id") `);
    await queryRunner.query(`CREATE INDEX "ix_peer_review_reviewer" ON "peer_review"  ("exchange_id", "reviewer_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_peer_review_pair" ON "peer_review"  ("submission_id", "reviewer_id") `);
    await queryRunner.query(`CREATE TABLE "review_flag" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "exchange_id" uuid NOT NULL, "review_id" uuid NOT NULL, "flagged_by_id" uuid NOT NULL, "reason" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'OPEN', "resolution" character varying(10), "resolved_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b47e32d19597cd7518e4967dfb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e1b96b955636c5a7a41aa0b046" ON "review_flag"  ("exchange_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_dc53b47543bcd44522444162bc" ON "review_flag"  ("review_id") `);
    await queryRunner.query(`ALTER TABLE "exchange" ADD "accept_late_essays" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD "reviews_allocated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD "stale_reviews_reassigned_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exchange" DROP COLUMN "stale_reviews_reassigned_at"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP COLUMN "reviews_allocated_at"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP COLUMN "accept_late_essays"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc53b47543bcd44522444162bc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e1b96b955636c5a7a41aa0b046"`);
    await queryRunner.query(`DROP TABLE "review_flag"`);
    await queryRunner.query(`DROP INDEX "public"."uq_peer_review_pair"`);
    await queryRunner.query(`DROP INDEX "public"."ix_peer_review_reviewer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c4c0ae64965d4a17da23b9c894"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_64268b61e76c605dd7ec51fcc7"`);
    await queryRunner.query(`DROP TABLE "peer_review"`);
  }
}
