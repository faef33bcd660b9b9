import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Groups1795354982725 implements MigrationInterface {
  name = 'Groups1795354982725';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "network_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "text" character varying(300) NOT NULL, "group_id" uuid, "post_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_928b7aa1754e08e1ed7052cb9d" ON "notification"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_73bfce92922b5fdb3c378fc8b9" ON "notification"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "group" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "focus" character varying(20) NOT NULL, "subject" character varying(60), "grade_band" character varying(8), "role" character varying(20), "description" text NOT NULL DEFAULT '', "prime_focus" character varying(20) NOT NULL, "access" character varying(10) NOT NULL DEFAULT 'OPEN', "archived_at" TIMESTAMP WITH TIME ZONE, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_256aa0fda9b1de1a73ee0b7106b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_289bf8c58088541ae54fe24f41" ON "group"  ("network_id", "name") `);
    await queryRunner.query(`CREATE TABLE "group_member" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "group_id" uuid NOT NULL, "network_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL DEFAULT 'MEMBER', "status" character varying(10) NOT NULL DEFAULT 'ACTIVE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_65634517a244b69a8ef338d03c3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b2bc36d5183cc323a0223f9114" ON "group_member"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4e21968f2f777c87874d5c5f53" ON "group_member"  ("group_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "goal" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "group_id" uuid NOT NULL, "statement" text NOT NULL, "success_criteria" text NOT NULL DEFAULT '', "target_date" date, "status" character varying(10) NOT NULL DEFAULT 'ACTIVE', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_88c8e2b461b711336c836b1e130" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_22b802b42def291fab90fdcda1" ON "goal"  ("group_id") `);
    await queryRunner.query(`CREATE TABLE "post" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "group_id" uuid NOT NULL, "author_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "goal_id" uuid, "parent_id" uuid, "body" text NOT NULL, "links" jsonb NOT NULL DEFAULT '[]', "mention_ids" uuid array NOT NULL DEFAULT '{}', "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e626d9a8c6bd8f439a68165a28" ON "post"  ("goal_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_502b5d7b881d2474c56195acb8" ON "post"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_99f309de275454093bc4eae514" ON "post"  ("group_id", "parent_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "group_activity" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "group_id" uuid NOT NULL, "actor_id" uuid, "kind" character varying(40) NOT NULL, "summary" character varying(300) NOT NULL, "subject_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50179385ba8181cea2cd9fed1af" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0f001a7034c27b585971f0e94b" ON "group_activity"  ("group_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "user" ADD "digest_frequency" character varying(10) NOT NULL DEFAULT 'WEEKLY'`);
    await queryRunner.query(`ALTER TABLE "user" ADD "last_digest_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "group_member" ADD CONSTRAINT "FK_e200cd6ff3e3903c5be5ae1400e" FOREIGN KEY ("group_id") REFERENCES "group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "group_member" ADD CONSTRAINT "FK_b2bc36d5183cc323a0223f9114c" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "group_member" DROP CONSTRAINT "FK_b2bc36d5183cc323a0223f9114c"`);
    await queryRunner.query(`ALTER TABLE "group_member" DROP CONSTRAINT "FK_e200cd6ff3e3903c5be5ae1400e"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "last_digest_at"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "digest_frequency"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0f001a7034c27b585971f0e94b"`);
    await queryRunner.query(`DROP TABLE "group_activity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_99f309de275454093bc4eae514"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_502b5d7b881d2474c56195acb8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e626d9a8c6bd8f439a68165a28"`);
    await queryRunner.query(`DROP TABLE "post"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_22b802b42def291fab90fdcda1"`);
    await queryRunner.query(`DROP TABLE "goal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e21968f2f777c87874d5c5f53"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b2bc36d5183cc323a0223f9114"`);
    await queryRunner.query(`DROP TABLE "group_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_289bf8c58088541ae54fe24f41"`);
    await queryRunner.query(`DROP TABLE "group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73bfce92922b5fdb3c378fc8b9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_928b7aa1754e08e1ed7052cb9d"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
