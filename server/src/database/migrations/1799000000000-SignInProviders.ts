import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInProviders1799000000000 implements MigrationInterface {
  name = 'SignInProviders1799000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "network_sign_in_provider" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "provider" character varying(16) NOT NULL, "enabled" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aea19715004efb680887480a9d3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_network_sign_in_provider" ON "network_sign_in_provider"  ("network_id", "provider") `);
    await queryRunner.query(`CREATE TABLE "school_email_domain" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "network_id" uuid NOT NULL, "school_id" uuid NOT NULL, "domain" character varying(253) NOT NULL, CONSTRAINT "PK_8effe60cbf678ec0464f5768a94" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c787636c1f0ce8f2741ad602ee" ON "school_email_domain"  ("school_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_29cbca5374f2dedf5c9e95daeb" ON "school_email_domain"  ("domain") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_school_email_domain" ON "school_email_domain"  ("network_id", "domain") `);
    await queryRunner.query(`CREATE TABLE "class_sign_in_setting" ("class_id" uuid NOT NULL, "provider" character varying(16) NOT NULL, CONSTRAINT "PK_01e571a54e8dbea5b8de7582328" PRIMARY KEY ("class_id"))`);
    await queryRunner.query(`CREATE TABLE "oidc_link" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "provider" character varying(16) NOT NULL, "subject" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3843f277872989abed9bc74626f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0ea682c0f3dcebd9ae87e094d0" ON "oidc_link"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_oidc_link_subject" ON "oidc_link"  ("provider", "subject") `);
    await queryRunner.query(`CREATE TABLE "oidc_pending_link" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "provider" character varying(16) NOT NULL, "subject" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "browser_token_hash" character(64) NOT NULL, "email_token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_982c6817e5a64e2ae9b9f1b1b56" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5f8598bfa0c88312978964b6b5" ON "oidc_pending_link"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_oidc_pending_link_browser" ON "oidc_pending_link"  ("browser_token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_oidc_pending_link_email" ON "oidc_pending_link"  ("email_token_hash") `);
    await queryRunner.query(`CREATE TABLE "oidc_flow" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "state_hash" character(64) NOT NULL, "provider" character varying(16) NOT NULL, "intent" character varying(8) NOT NULL, "code_verifier" character varying(128) NOT NULL, "nonce" character varying(128) NOT NULL, "join_code" character varying(16), "user_id" uuid, "next" character varying(500), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_240114a0b0699e7b7949da1b03c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_oidc_flow_state" ON "oidc_flow"  ("state_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_4ffb01f55c48c879ece6276b7f" ON "oidc_flow"  ("expires_at") `);
    await queryRunner.query(`ALTER TABLE "network_sign_in_provider" ADD CONSTRAINT "FK_752ebe5db439ccc34a0e151d1ec" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "school_email_domain" ADD CONSTRAINT "FK_c787636c1f0ce8f2741ad602ee9" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "class_sign_in_setting" ADD CONSTRAINT "FK_01e571a54e8dbea5b8de7582328" FOREIGN KEY ("class_id") REFERENCES "class"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "oidc_link" ADD CONSTRAINT "FK_0ea682c0f3dcebd9ae87e094d0f" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "oidc_pending_link" ADD CONSTRAINT "FK_5f8598bfa0c88312978964b6b5a" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "oidc_pending_link" DROP CONSTRAINT "FK_5f8598bfa0c88312978964b6b5a"`);
    await queryRunner.query(`ALTER TABLE "oidc_link" DROP CONSTRAINT "FK_0ea682c0f3dcebd9ae87e094d0f"`);
    await queryRunner.query(`ALTER TABLE "class_sign_in_setting" DROP CONSTRAINT "FK_01e571a54e8dbea5b8de7582328"`);
    await queryRunner.query(`ALTER TABLE "school_email_domain" DROP CONSTRAINT "FK_c787636c1f0ce8f2741ad602ee9"`);
    await queryRunner.query(`ALTER TABLE "network_sign_in_provider" DROP CONSTRAINT "FK_752ebe5db439ccc34a0e151d1ec"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ffb01f55c48c879ece6276b7f"`);
    await queryRunner.query(`DROP INDEX "public"."uq_oidc_flow_state"`);
    await queryRunner.query(`DROP TABLE "oidc_flow"`);
    await queryRunner.query(`DROP INDEX "public"."uq_oidc_pending_link_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_oidc_pending_link_browser"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5f8598bfa0c88312978964b6b5"`);
    await queryRunner.query(`DROP TABLE "oidc_pending_link"`);
    await queryRunner.query(`DROP INDEX "public"."uq_oidc_link_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0ea682c0f3dcebd9ae87e094d0"`);
    await queryRunner.query(`DROP TABLE "oidc_link"`);
    await queryRunner.query(`DROP TABLE "class_sign_in_setting"`);
    await queryRunner.query(`DROP INDEX "public"."uq_school_email_domain"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_29cbca5374f2dedf5c9e95daeb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c787636c1f0ce8f2741ad602ee"`);
    await queryRunner.query(`DROP TABLE "school_email_domain"`);
    await queryRunner.query(`DROP INDEX "public"."uq_network_sign_in_provider"`);
    await queryRunner.query(`DROP TABLE "network_sign_in_provider"`);
  }
}
