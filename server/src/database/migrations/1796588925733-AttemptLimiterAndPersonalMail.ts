import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AttemptLimiterAndPersonalMail1796588925733 implements MigrationInterface {
  name = 'AttemptLimiterAndPersonalMail1796588925733';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rate_limit_bucket" ("key" character varying(400) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "next_allowed_at" TIMESTAMP WITH TIME ZONE, "last_success_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f1310cfeb2b77745eb48247c6c7" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3593e89b45384653ca067ee861" ON "rate_limit_bucket"  ("window_started_at") `);
    // The attempt log is replaced by the counters above.
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
    // Personal mail is filed under no network, and reset links written before are removed (they were
    // readable in a coordinator's outbox); a message still waiting to be sent keeps its link.
    await queryRunner.query(`UPDATE "outbox_message" SET "network_id" = NULL WHERE "kind" IN ('PASSWORD_RESET', 'DIGEST')`);
    await queryRunner.query(
      `UPDATE "outbox_message" SET "link" = NULL, "body" = 'Removed: this email held a password reset link.'
        WHERE "kind" = 'PASSWORD_RESET' AND "status" <> 'PENDING'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sign_in_attempt" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "login" character varying(254) NOT NULL, "ip" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3aaeef19b20ff0451c22102505" ON "sign_in_attempt"  ("ip", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_55eff6e4f211c34d962353cd3e" ON "sign_in_attempt"  ("login", "created_at") `);
    await queryRunner.query(`DROP INDEX "public"."IDX_3593e89b45384653ca067ee861"`);
    await queryRunner.query(`DROP TABLE "rate_limit_bucket"`);
  }
}
