import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageRate1797800000001 implements MigrationInterface {
  name = 'MessageRate1797800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_7b6b6fae2ba67157a784cadcc1" ON "conversation_message"  ("author_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_7b6b6fae2ba67157a784cadcc1"`);
  }
}
