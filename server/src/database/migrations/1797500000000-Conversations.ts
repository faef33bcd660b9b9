import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Conversations1797500000000 implements MigrationInterface {
  name = 'Conversations1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conversation" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "title" character varying(120), "created_by_id" uuid NOT NULL, "direct_key" character varying(80), "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_864528ec4274360a40f66c29845" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e3ddf32ee137d533157188593c" ON "conversation"  ("direct_key") WHERE direct_key IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_48bd6157ac20656ebffe29d7fe" ON "conversation"  ("network_id", "last_message_at") `);
    await queryRunner.query(`CREATE TABLE "conversation_participant" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "conversation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "last_read_at" TIMESTAMP WITH TIME ZONE, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_326cbb9ee8891f8e29157bda911" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_999e5e614e5eb74faf4fcdb8c0" ON "conversation_participant"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e8317bf50da00fff74b97be3af" ON "conversation_participant"  ("conversation_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "conversation_message" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "conversation_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f8286c3560b52dba8428ac182e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7f72e4c3278c3577e60ef3a066" ON "conversation_message"  ("conversation_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "notification" ADD "conversation_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "conversation_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7f72e4c3278c3577e60ef3a066"`);
    await queryRunner.query(`DROP TABLE "conversation_message"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e8317bf50da00fff74b97be3af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_999e5e614e5eb74faf4fcdb8c0"`);
    await queryRunner.query(`DROP TABLE "conversation_participant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_48bd6157ac20656ebffe29d7fe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e3ddf32ee137d533157188593c"`);
    await queryRunner.query(`DROP TABLE "conversation"`);
  }
}
