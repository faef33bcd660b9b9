import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseProbe } from './database-probe.js';
import { HealthController } from './health.controller.js';

/** `/healthz`: whether the process and its database answer. */
@Module({})
export class HealthModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [{ provide: DatabaseProbe, useFactory: () => new DatabaseProbe(databaseUrl) }],
    };
  }
}
