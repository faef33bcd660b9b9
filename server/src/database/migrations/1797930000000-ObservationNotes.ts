import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ObservationNotes1797930000000 implements MigrationInterface {
  name = 'ObservationNotes1797930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "observation_note" ("id" uuid NOT NULL, "owner_kind" character varying(20) NOT NULL, "owner_id" uuid NOT NULL, "network_id" uuid NOT NULL, "author_id" uuid NOT NULL, "media_id" uuid, "at_seconds" double precision, "observed_at" TIMESTAMP WITH TIME ZONE, "look_for_id" character varying(100), "student_group" character varying(20), "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5460a61a5e456d7504f453dd63e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_282602e092d2c1f94a606ce787" ON "observation_note"  ("owner_kind", "owner_id", "author_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_282602e092d2c1f94a606ce787"`);
    await queryRunner.query(`DROP TABLE "observation_note"`);
  }
}
