import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LtiCore1799100000000 implements MigrationInterface {
  name = 'LtiCore1799100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "lti_platform" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "issuer" character varying(500) NOT NULL, "client_id" character varying(255) NOT NULL, "auth_login_url" character varying(1000) NOT NULL, "auth_token_url" character varying(1000) NOT NULL, "jwks_url" character varying(1000) NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_366bdc87bf7611fbda944dc3c40" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_646b6c43ee3d889bf30afcb6f4" ON "lti_platform"  ("network_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_lti_platform_issuer_client" ON "lti_platform"  ("issuer", "client_id") `);
    await queryRunner.query(`CREATE TABLE "lti_context" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "platform_id" uuid NOT NULL, "context_id" character varying(255) NOT NULL, "title" character varying(255) NOT NULL DEFAULT '', "class_id" uuid, "nrps_url" character varying(1000), "ags_lineitems_url" character varying(1000), "ags_scopes" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c8dec3076c8920e34affc4628d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0f03f9e597454fa3534fb68c87" ON "lti_context"  ("class_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_lti_context" ON "lti_context"  ("platform_id", "context_id") `);
    await queryRunner.query(`CREATE TABLE "lti_deployment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "platform_id" uuid NOT NULL, "deployment_id" character varying(255) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fcd72be51fa011fee7506f9576f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_lti_deployment" ON "lti_deployment"  ("platform_id", "deployment_id") `);
    await queryRunner.query(`CREATE TABLE "lti_launch_state" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "state_hash" character varying(64) NOT NULL, "nonce" character varying(64) NOT NULL, "platform_id" uuid NOT NULL, "target_link_uri" character varying(1000) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a8764c0d6dcd3d3d7e30e969c1c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_lti_launch_state_hash" ON "lti_launch_state"  ("state_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_5f676bc506fc6408aadd1bbc23" ON "lti_launch_state"  ("expires_at") `);
    await queryRunner.query(`CREATE TABLE "lti_resource_link" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "context_id" uuid NOT NULL, "resource_link_id" character varying(255) NOT NULL, "title" character varying(255) NOT NULL DEFAULT '', "exchange_id" uuid, "class_id" uuid, "ags_lineitem_url" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85ac2e4faf9a6aeb4cbea12c727" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4363ae07ae5d5557b4707d0e20" ON "lti_resource_link"  ("exchange_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e831b422381ab62b7a2a24b84c" ON "lti_resource_link"  ("class_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_lti_resource_link" ON "lti_resource_link"  ("context_id", "resource_link_id") `);
    await queryRunner.query(`CREATE TABLE "lti_user_link" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "platform_id" uuid NOT NULL, "sub" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_528cba9dc7667f3affbf3f66bc1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3cf6b5d7737543cf59df9e20d1" ON "lti_user_link"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_lti_user_link" ON "lti_user_link"  ("platform_id", "sub") `);
    await queryRunner.query(`ALTER TABLE "lti_platform" ADD CONSTRAINT "FK_646b6c43ee3d889bf30afcb6f41" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_platform" ADD CONSTRAINT "FK_c326e489f5f3cb4a0c2aa10cec1" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_context" ADD CONSTRAINT "FK_9e74649f6791fafd0398cd4f2d4" FOREIGN KEY ("platform_id") REFERENCES "lti_platform"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_context" ADD CONSTRAINT "FK_0f03f9e597454fa3534fb68c87b" FOREIGN KEY ("class_id") REFERENCES "class"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_deployment" ADD CONSTRAINT "FK_16d798ccc6a4506487977725fdc" FOREIGN KEY ("platform_id") REFERENCES "lti_platform"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_launch_state" ADD CONSTRAINT "FK_e1e43573c87c50bca179610e25e" FOREIGN KEY ("platform_id") REFERENCES "lti_platform"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" ADD CONSTRAINT "FK_71a3fde7929ddd0084f7d72dc99" FOREIGN KEY ("context_id") REFERENCES "lti_context"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" ADD CONSTRAINT "FK_4363ae07ae5d5557b4707d0e209" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" ADD CONSTRAINT "FK_e831b422381ab62b7a2a24b84c4" FOREIGN KEY ("class_id") REFERENCES "class"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_user_link" ADD CONSTRAINT "FK_9d9dca34fd935d4921ce590118f" FOREIGN KEY ("platform_id") REFERENCES "lti_platform"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lti_user_link" ADD CONSTRAINT "FK_3cf6b5d7737543cf59df9e20d11" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lti_user_link" DROP CONSTRAINT "FK_3cf6b5d7737543cf59df9e20d11"`);
    await queryRunner.query(`ALTER TABLE "lti_user_link" DROP CONSTRAINT "FK_9d9dca34fd935d4921ce590118f"`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" DROP CONSTRAINT "FK_e831b422381ab62b7a2a24b84c4"`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" DROP CONSTRAINT "FK_4363ae07ae5d5557b4707d0e209"`);
    await queryRunner.query(`ALTER TABLE "lti_resource_link" DROP CONSTRAINT "FK_71a3fde7929ddd0084f7d72dc99"`);
    await queryRunner.query(`ALTER TABLE "lti_launch_state" DROP CONSTRAINT "FK_e1e43573c87c50bca179610e25e"`);
    await queryRunner.query(`ALTER TABLE "lti_deployment" DROP CONSTRAINT "FK_16d798ccc6a4506487977725fdc"`);
    await queryRunner.query(`ALTER TABLE "lti_context" DROP CONSTRAINT "FK_0f03f9e597454fa3534fb68c87b"`);
    await queryRunner.query(`ALTER TABLE "lti_context" DROP CONSTRAINT "FK_9e74649f6791fafd0398cd4f2d4"`);
    await queryRunner.query(`ALTER TABLE "lti_platform" DROP CONSTRAINT "FK_c326e489f5f3cb4a0c2aa10cec1"`);
    await queryRunner.query(`ALTER TABLE "lti_platform" DROP CONSTRAINT "FK_646b6c43ee3d889bf30afcb6f41"`);
    await queryRunner.query(`DROP INDEX "public"."uq_lti_user_link"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3cf6b5d7737543cf59df9e20d1"`);
    await queryRunner.query(`DROP TABLE "lti_user_link"`);
    await queryRunner.query(`DROP INDEX "public"."uq_lti_resource_link"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e831b422381ab62b7a2a24b84c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4363ae07ae5d5557b4707d0e20"`);
    await queryRunner.query(`DROP TABLE "lti_resource_link"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5f676bc506fc6408aadd1bbc23"`);
    await queryRunner.query(`DROP INDEX "public"."uq_lti_launch_state_hash"`);
    await queryRunner.query(`DROP TABLE "lti_launch_state"`);
    await queryRunner.query(`DROP INDEX "public"."uq_lti_deployment"`);
    await queryRunner.query(`DROP TABLE "lti_deployment"`);
    await queryRunner.query(`DROP INDEX "public"."uq_lti_context"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0f03f9e597454fa3534fb68c87"`);
    await queryRunner.query(`DROP TABLE "lti_context"`);
    await queryRunner.query(`DROP INDEX "public"."uq_lti_platform_issuer_client"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_646b6c43ee3d889bf30afcb6f4"`);
    await queryRunner.query(`DROP TABLE "lti_platform"`);
  }
}
