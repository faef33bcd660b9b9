import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitVersions1797200000000 implements MigrationInterface {
  name = 'UnitVersions1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "unit_version" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "unit_id" uuid NOT NULL, "number" integer NOT NULL, "note" text NOT NULL, "state" bytea NOT NULL, "text" text NOT NULL DEFAULT '', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a129bf2e9eb345e08b761fedcdc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e2649f10bc937b6e4b94450075" ON "unit_version"  ("unit_id", "number") `);
    await queryRunner.query(`ALTER TABLE "unit" ADD "forked_from_version_id" uuid`);
    // Units published before versions existed: their document as compacted (at publication, or
    // since) becomes version 1, so readers, the library and forks have a version to show.
    await queryRunner.query(
      `INSERT INTO "unit_version" ("unit_id", "number", "note", "state", "text", "created_by_id", "created_at")
       SELECT u.id, 1, 'First published.', d.state, d.text, u.created_by_id, coalesce(u.published_at, u.updated_at)
         FROM "unit" u JOIN "document" d ON d.id = u.document_id
        WHERE u.published_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unit" DROP COLUMN "forked_from_version_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e2649f10bc937b6e4b94450075"`);
    await queryRunner.query(`DROP TABLE "unit_version"`);
  }
}
