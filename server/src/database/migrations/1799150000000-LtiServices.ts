import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LtiServices1799150000000 implements MigrationInterface {
  name = 'LtiServices1799150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "lti_grade_setting" ("exchange_id" uuid NOT NULL, "send_score" boolean NOT NULL DEFAULT true, "send_completion" boolean NOT NULL DEFAULT false, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_97ae39f512d729c059b1feeadae" PRIMARY KEY ("exchange_id"))`);
    await queryRunner.query(`CREATE TABLE "lti_line_item" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "resource_link_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "url" character varying(1000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c16dde2083948cd8679a1c69d74" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_lti_line_item" ON "lti_line_item"  ("resource_link_id", "kind") `);
    await queryRunner.query(`CREATE TABLE "lti_service_run" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "class_id" uuid, "exchange_id" uuid, "actor_id" uuid, "summary" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4a489c52635c44efdcc286004d4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_lti_service_run_exchange" ON "lti_service_run"  ("exchange_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_lti_service_run_class" ON "lti_service_run"  ("class_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "lti_grade_setting" ADD CONSTRAINT "FK_97ae39f512d729c059b1feeadae" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_grade_setting" ADD CONSTRAINT "FK_e77f7642728f85ddef0258ffdb3" FOREIGN KEY ("updated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_line_item" ADD CONSTRAINT "FK_4b5992aea8791dd0be2d828b826" FOREIGN KEY ("resource_link_id") REFERENCES "lti_resource_link"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_service_run" ADD CONSTRAINT "FK_899afdb41c098eb0ea65ae812bf" FOREIGN KEY ("class_id") REFERENCES "class"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_service_run" ADD CONSTRAINT "FK_4e52a504858d2a83b1b8c7b553e" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_service_run" ADD CONSTRAINT "FK_c5e3d1601062a006a4b60f02ceb" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lti_service_run" DROP CONSTRAINT "FK_c5e3d1601062a006a4b60f02ceb"`);
    await queryRunner.query(`ALTER TABLE "lti_service_run" DROP CONSTRAINT "FK_4e52a504858d2a83b1b8c7b553e"`);
    await queryRunner.query(`ALTER TABLE "lti_service_run" DROP CONSTRAINT "FK_899afdb41c098eb0ea65ae812bf"`);
    await queryRunner.query(`ALTER TABLE "lti_line_item" DROP CONSTRAINT "FK_4b5992aea8791dd0be2d828b826"`);
    await queryRunner.query(`ALTER TABLE "lti_grade_setting" DROP CONSTRAINT "FK_e77f7642728f85ddef0258ffdb3"`);
    await queryRunner.query(`ALTER TABLE "lti_grade_setting" DROP CONSTRAINT "FK_97ae39f512d729c059b1feeadae"`);
    await queryRunner.query(`DROP INDEX "public"."ix_lti_service_run_class"`);
    await queryRunner.query(`DROP INDEX "public"."ix_lti_service_run_exchange"`);
    await queryRunner.query(`DROP TABLE "lti_service_run"`);
    await queryRunner.query(`DROP INDEX "public"."uq_lti_line_item"`);
    await queryRunner.query(`DROP TABLE "lti_line_item"`);
    await queryRunner.query(`DROP TABLE "lti_grade_setting"`);
  }
}
