import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationLink1797970000000 implements MigrationInterface {
  name = 'NotificationLink1797970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "link" character varying(200)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "link"`);
  }
}
