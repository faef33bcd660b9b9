import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationUnit1797800000000 implements MigrationInterface {
  name = 'NotificationUnit1797800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "unit_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "unit_id"`);
  }
}
