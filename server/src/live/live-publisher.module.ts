import { Global, Module } from '@nestjs/common';
import { LivePublisher } from './live-publisher.service.js';

/** One publisher per process, for every feature that pushes live events. */
@Global()
@Module({ providers: [LivePublisher], exports: [LivePublisher] })
export class LivePublisherModule {}
