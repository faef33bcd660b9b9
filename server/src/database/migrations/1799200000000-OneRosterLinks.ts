import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OneRosterLinks1799200000000 implements MigrationInterface {
  name = 'OneRosterLinks1799200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "oneroster_link" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "sourced_id" character varying(255) NOT NULL, "entity_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_oneroster_link" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_oneroster_link" ON "oneroster_link" ("network_id", "kind", "sourced_id") `);
    await queryRunner.query(`CREATE INDEX "ix_oneroster_link_entity" ON "oneroster_link" ("entity_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_oneroster_link_entity"`);
    await queryRunner.query(`DROP INDEX "public"."uq_oneroster_link"`);
    await queryRunner.query(`DROP TABLE "oneroster_link"`);
  }
}
