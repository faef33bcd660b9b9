import { Module } from '@nestjs/common';
import { LinkTargets } from './link-targets.js';

/** The short-link registry the features register their kinds with (imported by each owning feature). */
@Module({ providers: [LinkTargets], exports: [LinkTargets] })
export class LinksCoreModule {}
