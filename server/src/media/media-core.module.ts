import { Module } from '@nestjs/common';
import { MediaOwners } from './media-owners.js';

/** The media-owner registry the features register their kinds with (imported by each owning feature). */
@Module({ providers: [MediaOwners], exports: [MediaOwners] })
export class MediaCoreModule {}
