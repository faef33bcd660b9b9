import { Module } from '@nestjs/common';
import { NoteOwners } from './note-owners.js';

/** The note-owner registry the features register their kinds with. */
@Module({ providers: [NoteOwners], exports: [NoteOwners] })
export class NoteOwnersModule {}
