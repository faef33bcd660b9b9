import { Module } from '@nestjs/common';
import { AccessModule } from '../../access/access.module.js';
import { MediaModule } from '../../media/media.module.js';
import { NoteOwnersModule } from '../note-owners.module.js';
import { ObservationNoteAccessService } from './observation-note-access.service.js';
import { ObservationNotesResolver } from './observation-notes.resolver.js';
import { ObservationNotesService } from './observation-notes.service.js';

/** Time-stamped observation notes on a lesson (a cycle's or a mentoring pair's); see docs/observation-notes.md. */
@Module({
  imports: [AccessModule, MediaModule, NoteOwnersModule],
  providers: [ObservationNoteAccessService, ObservationNotesService, ObservationNotesResolver],
  exports: [ObservationNotesService],
})
export class ObservationNotesModule {}
