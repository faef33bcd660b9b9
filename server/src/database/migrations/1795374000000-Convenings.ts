import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Convenings1795374000000 implements MigrationInterface {
  name = 'Convenings1795374000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "convening" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "season" character varying(6) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" character varying(64) NOT NULL, "venue" character varying(200) NOT NULL, "address" character varying(500) NOT NULL DEFAULT '', "host_school_id" uuid, "registration_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "description" text NOT NULL DEFAULT '', "status" character varying(10) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fb19659f24574ce807c7167abfa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_2d8ab96c76a5f20b9921e54843" ON "convening"  ("network_id") `);
    await queryRunner.query(`CREATE TABLE "convening_session" ("id" uuid NOT NULL, "convening_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "title" character varying(120) NOT NULL, "description" text NOT NULL DEFAULT '', "group_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "room" character varying(60) NOT NULL DEFAULT '', "capacity" integer, "facilitator_id" uuid, "notes_document_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b1a8949c4fe559941c1393b1a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_073619630375dfd2c2f602d139" ON "convening_session"  ("convening_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_47edf39fef27971357624daa6e" ON "convening_session"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_98da367cb937953ed938087846" ON "convening_session"  ("facilitator_id") `);
    await queryRunner.query(`CREATE TABLE "convening_registration" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "convening_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "travel" character varying(500) NOT NULL DEFAULT '', "needs_lodging" boolean NOT NULL DEFAULT false, "dietary" character varying(500) NOT NULL DEFAULT '', "accessibility" character varying(500) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cbee32c1ed635e2c3be49cf571a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5b90fdef7457cd15850efe4b2d" ON "convening_registration"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_convening_registration" ON "convening_registration"  ("convening_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "session_seat" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "checked_in_at" TIMESTAMP WITH TIME ZONE, "checked_in_by_id" uuid, CONSTRAINT "PK_27b4f8e4ff4109be4b72a3c66d1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_68008091f0a5b925eb0dde15d5" ON "session_seat"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_session_seat" ON "session_seat"  ("session_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "session_action_item" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "session_id" uuid NOT NULL, "text" character varying(500) NOT NULL, "target" character varying(4) NOT NULL, "goal_id" uuid, "post_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b2d7502b855aca3fba81e1fd851" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_session_action_item" ON "session_action_item"  ("session_id", "text") `);
    await queryRunner.query(`CREATE TABLE "convening_reminder" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "convening_id" uuid NOT NULL, "user_id" uuid NOT NULL, "days_before" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_800868da1f96f142099da76ea0d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_convening_reminder" ON "convening_reminder"  ("convening_id", "user_id", "days_before") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_convening_reminder"`);
    await queryRunner.query(`DROP TABLE "convening_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."uq_session_action_item"`);
    await queryRunner.query(`DROP TABLE "session_action_item"`);
    await queryRunner.query(`DROP INDEX "public"."uq_session_seat"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_68008091f0a5b925eb0dde15d5"`);
    await queryRunner.query(`DROP TABLE "session_seat"`);
    await queryRunner.query(`DROP INDEX "public"."uq_convening_registration"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5b90fdef7457cd15850efe4b2d"`);
    await queryRunner.query(`DROP TABLE "convening_registration"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_98da367cb937953ed938087846"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47edf39fef27971357624daa6e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_073619630375dfd2c2f602d139"`);
    await queryRunner.query(`DROP TABLE "convening_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2d8ab96c76a5f20b9921e54843"`);
    await queryRunner.query(`DROP TABLE "convening"`);
  }
}
