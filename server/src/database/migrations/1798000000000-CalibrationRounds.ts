import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalibrationRounds1798000000000 implements MigrationInterface {
  name = 'CalibrationRounds1798000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calibration_round" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "group_id" uuid NOT NULL, "rubric_id" uuid NOT NULL, "rubric_root_id" uuid NOT NULL, "title" text NOT NULL, "created_by_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'SCORING', "revealed_at" TIMESTAMP WITH TIME ZONE, "agreed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_66af80e35ae4570991ec9d115fc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ccccf791fe74241ed9455da63c" ON "calibration_round"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f1e7e1cf748d5cb4ecb9586760" ON "calibration_round"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d8ff94a90c56489340f73c6556" ON "calibration_round"  ("rubric_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_bc5eb740267931b0d82a9325ed" ON "calibration_round"  ("rubric_root_id") `);
    await queryRunner.query(`CREATE TABLE "calibration_essay" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "round_id" uuid NOT NULL, "position" integer NOT NULL, "body" text NOT NULL, "source_submission_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7836a8454762865f3e79f794f43" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1ef3183f50da38f693a90601b8" ON "calibration_essay"  ("round_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calibration_essay_position" ON "calibration_essay"  ("round_id", "position") `);
    await queryRunner.query(`CREATE TABLE "calibration_score" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "round_id" uuid NOT NULL, "essay_id" uuid NOT NULL, "rater_id" uuid NOT NULL, "levels" jsonb NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0720d1bb4f7dadbdbb19c05a542" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_709c6c4e501f6515088a2a5d81" ON "calibration_score"  ("round_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f400ab0eee0048f0446a50b775" ON "calibration_score"  ("rater_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calibration_score_rater" ON "calibration_score"  ("essay_id", "rater_id") `);
    await queryRunner.query(`CREATE TABLE "calibration_agreed_score" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "round_id" uuid NOT NULL, "essay_id" uuid NOT NULL, "criterion_id" character varying(64) NOT NULL, "points" integer NOT NULL, "rationale" text NOT NULL, "agreed_by_id" uuid NOT NULL, "agreed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d1079abdf69c1aace279932198" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ccc8ea438878210b18021ef68b" ON "calibration_agreed_score"  ("round_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calibration_agreed_cell" ON "calibration_agreed_score"  ("essay_id", "criterion_id") `);
    await queryRunner.query(`CREATE TABLE "calibration_comment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "round_id" uuid NOT NULL, "essay_id" uuid NOT NULL, "criterion_id" character varying(64) NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0258462d29e78b112cc2c90c510" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ed2e0f1c4729edb9a28ad853bb" ON "calibration_comment"  ("round_id") `);
    await queryRunner.query(`CREATE INDEX "ix_calibration_comment_cell" ON "calibration_comment"  ("essay_id", "criterion_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_calibration_comment_cell"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ed2e0f1c4729edb9a28ad853bb"`);
    await queryRunner.query(`DROP TABLE "calibration_comment"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calibration_agreed_cell"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ccc8ea438878210b18021ef68b"`);
    await queryRunner.query(`DROP TABLE "calibration_agreed_score"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calibration_score_rater"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f400ab0eee0048f0446a50b775"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_709c6c4e501f6515088a2a5d81"`);
    await queryRunner.query(`DROP TABLE "calibration_score"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calibration_essay_position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ef3183f50da38f693a90601b8"`);
    await queryRunner.query(`DROP TABLE "calibration_essay"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bc5eb740267931b0d82a9325ed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8ff94a90c56489340f73c6556"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f1e7e1cf748d5cb4ecb9586760"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ccccf791fe74241ed9455da63c"`);
    await queryRunner.query(`DROP TABLE "calibration_round"`);
  }
}
