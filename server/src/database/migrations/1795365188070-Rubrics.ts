import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rubrics1795365188070 implements MigrationInterface {
  name = 'Rubrics1795365188070';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rubric" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "criteria" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "root_id" uuid NOT NULL, "locked_at" TIMESTAMP WITH TIME ZONE, "shared_with_group_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6926c4b9f70196fae0f95c5691" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b95900b14ac5a7b0963a9a1d75" ON "rubric"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0463f801e32fdef248052d6513" ON "rubric"  ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9590855137f334310bfeb1cb11" ON "rubric"  ("shared_with_group_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ee9c3952aae55ca5a8ba8d9c44" ON "rubric"  ("root_id", "version") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_ee9c3952aae55ca5a8ba8d9c44"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9590855137f334310bfeb1cb11"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0463f801e32fdef248052d6513"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b95900b14ac5a7b0963a9a1d75"`);
    await queryRunner.query(`DROP TABLE "rubric"`);
  }
}
