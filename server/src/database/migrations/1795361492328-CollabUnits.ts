import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CollabUnits1795361492328 implements MigrationInterface {
  name = 'CollabUnits1795361492328';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" character varying(20) NOT NULL, "owner_id" uuid NOT NULL, "state" bytea NOT NULL, "text" text NOT NULL DEFAULT '', "compacted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_fd1f9172ee6d54b78c57f260ce" ON "document"  ("kind", "owner_id") `);
    await queryRunner.query(`CREATE TABLE "document_update" ("seq" BIGSERIAL NOT NULL, "document_id" uuid NOT NULL, "update" bytea NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea22d94adede5a4bc3ad5249d31" PRIMARY KEY ("seq"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b27ca2400958310c70dbde70b2" ON "document_update"  ("document_id", "seq") `);
    await queryRunner.query(`CREATE TABLE "document_contributor" ("document_id" uuid NOT NULL, "user_id" uuid NOT NULL, "edits" integer NOT NULL DEFAULT '0', "first_edited_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_edited_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_faea86e0b088eb42d37c753ce29" PRIMARY KEY ("document_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "group_id" uuid NOT NULL, "document_id" uuid NOT NULL, "title" text NOT NULL, "subject" character varying(60) NOT NULL DEFAULT '', "grade_band" character varying(10), "summary" text NOT NULL DEFAULT '', "status" character varying(12) NOT NULL DEFAULT 'DRAFT', "forked_from_id" uuid, "created_by_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6094edca8df87e19817bd728a9e" UNIQUE ("document_id"), CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dc723bda01434004f11cb90cf4" ON "unit"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_25bd8d647146a59544d544d223" ON "unit"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e61aeae84f46b9038009c723de" ON "unit"  ("network_id", "status") `);
    await queryRunner.query(`CREATE TABLE "unit_revision" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "unit_id" uuid NOT NULL, "name" text NOT NULL, "state" bytea NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5aa1b3963882bdd86d8b7f4cebd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_16dd3b76ee44d1c40554ffafb6" ON "unit_revision"  ("unit_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "unit_comment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "unit_id" uuid NOT NULL, "section_id" character varying(40) NOT NULL, "kind" character varying(12) NOT NULL, "body" text NOT NULL, "author_id" uuid NOT NULL, "review_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3926d235358a90d0782b5cc0e05" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3dc22a611d6ccc59405c8e1ae8" ON "unit_comment"  ("unit_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "unit_review" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "unit_id" uuid NOT NULL, "stage" character varying(12) NOT NULL DEFAULT 'CLARIFYING', "reflection" text NOT NULL DEFAULT '', "started_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2d11cca64533b1dd3faa0295c4b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bb41f631f16d8c6caeec4f252d" ON "unit_review"  ("unit_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "unit_review_friend" ("review_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_922f545e78a40ccce03f28d842c" PRIMARY KEY ("review_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ea0436cc0cd28a610ba1206b80" ON "unit_review_friend"  ("user_id") `);
    // Payloads the socket.io Postgres adapter passes between server processes when they are binary or
    // larger than a NOTIFY can carry (the adapter's documented table).
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "socket_io_attachments" ("id" bigserial UNIQUE, "created_at" timestamptz DEFAULT now(), "payload" bytea)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "socket_io_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ea0436cc0cd28a610ba1206b80"`);
    await queryRunner.query(`DROP TABLE "unit_review_friend"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bb41f631f16d8c6caeec4f252d"`);
    await queryRunner.query(`DROP TABLE "unit_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3dc22a611d6ccc59405c8e1ae8"`);
    await queryRunner.query(`DROP TABLE "unit_comment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16dd3b76ee44d1c40554ffafb6"`);
    await queryRunner.query(`DROP TABLE "unit_revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e61aeae84f46b9038009c723de"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_25bd8d647146a59544d544d223"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc723bda01434004f11cb90cf4"`);
    await queryRunner.query(`DROP TABLE "unit"`);
    await queryRunner.query(`DROP TABLE "document_contributor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b27ca2400958310c70dbde70b2"`);
    await queryRunner.query(`DROP TABLE "document_update"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd1f9172ee6d54b78c57f260ce"`);
    await queryRunner.query(`DROP TABLE "document"`);
  }
}
