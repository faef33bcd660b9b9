import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupProposals1797400000000 implements MigrationInterface {
  name = 'GroupProposals1797400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "group_proposal" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "proposer_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "focus" character varying(20) NOT NULL, "subject" character varying(60), "grade_band" character varying(8), "role" character varying(20), "description" text NOT NULL DEFAULT '', "prime_focus" character varying(20) NOT NULL, "reason" character varying(500) NOT NULL DEFAULT '', "invitee_ids" uuid array NOT NULL DEFAULT '{}', "status" character varying(10) NOT NULL DEFAULT 'PENDING', "decline_reason" character varying(500), "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "group_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_64a40e5b5f5655f31184214ceb1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_69ad8d3c1286d9a7f56feca95f" ON "group_proposal"  ("proposer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6657387ac5d3be933fef3135c1" ON "group_proposal"  ("network_id", "status", "created_at") `);
    await queryRunner.query(`ALTER TABLE "network" ADD "teachers_may_start_groups" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "network" DROP COLUMN "teachers_may_start_groups"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6657387ac5d3be933fef3135c1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_69ad8d3c1286d9a7f56feca95f"`);
    await queryRunner.query(`DROP TABLE "group_proposal"`);
  }
}
