import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Showcase1798030000000 implements MigrationInterface {
  name = 'Showcase1798030000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "showcase_item" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "target_id" uuid, "title" character varying(200) NOT NULL, "body" text NOT NULL, "presenter_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "approver_id" uuid, "writer_id" uuid, "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "featured_at" TIMESTAMP WITH TIME ZONE, "featured_by_id" uuid, "pseudonym" character varying(60), "essay" text, "exchange_summary" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0975227ce1ec16bb6de005e424a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_aa96c098536036c2dfc5dc36c6" ON "showcase_item"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c3eb67798af34d63ecb36c36a1" ON "showcase_item"  ("presenter_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b0404e23f5251f7982e10535ae" ON "showcase_item"  ("approver_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0d3c16f6288e7976be0cb38427" ON "showcase_item"  ("writer_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_showcase_target" ON "showcase_item"  ("network_id", "kind", "target_id") WHERE target_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_29abf9a702869b65407d38210c" ON "showcase_item"  ("network_id", "status") `);
    await queryRunner.query(`CREATE TABLE "showcase_response" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "item_id" uuid NOT NULL, "author_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f38d4bcfa0a185fe3fa6b94d560" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6be3fbebe6b80e9b92165704a4" ON "showcase_response"  ("item_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_6be3fbebe6b80e9b92165704a4"`);
    await queryRunner.query(`DROP TABLE "showcase_response"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_29abf9a702869b65407d38210c"`);
    await queryRunner.query(`DROP INDEX "public"."uq_showcase_target"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0d3c16f6288e7976be0cb38427"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b0404e23f5251f7982e10535ae"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c3eb67798af34d63ecb36c36a1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa96c098536036c2dfc5dc36c6"`);
    await queryRunner.query(`DROP TABLE "showcase_item"`);
  }
}
