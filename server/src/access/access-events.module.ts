import { Global, Module } from '@nestjs/common';
import { AccessEvents } from './access-events.js';

/** One `AccessEvents` per process, for every service that changes access and every gateway that enforces it. */
@Global()
@Module({ providers: [AccessEvents], exports: [AccessEvents] })
export class AccessEventsModule {}
