import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MediaAssets1797910000000 implements MigrationInterface {
  name = 'MediaAssets1797910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "media_asset" ("id" uuid NOT NULL, "network_id" uuid NOT NULL, "owner_kind" character varying(20) NOT NULL, "owner_id" uuid NOT NULL, "uploaded_by_id" uuid NOT NULL, "filename" character varying(200) NOT NULL, "mime_type" character varying(60) NOT NULL, "size_bytes" bigint NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'UPLOADING', "consent_confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_seconds" real, "has_low_rendition" boolean NOT NULL DEFAULT false, "rendition_attempted_at" TIMESTAMP WITH TIME ZONE, "storage_key" character varying(200) NOT NULL, "retention_warned_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_facd363e2bf84400ac44913a2f3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_406b2c11e0f6d5bce30d057af5" ON "media_asset"  ("uploaded_by_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5ae743ea4d361952d3356d2259" ON "media_asset"  ("owner_kind", "owner_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_5ae743ea4d361952d3356d2259"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_406b2c11e0f6d5bce30d057af5"`);
    await queryRunner.query(`DROP TABLE "media_asset"`);
  }
}
