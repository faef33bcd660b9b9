import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { lessonStudyPhaseAtLeast, type LessonStudyPhase } from '@switchback/shared';
import type { NetworkRole } from '@switchback/shared';
import { SessionSeat } from '../../convenings/session-seat.entity.js';
import type { MediaAccess, MediaOwner } from '../../media/media-owners.js';
import type { NoteAccess, NoteOwner } from '../note-owners.js';
import { LessonStudyParticipant } from './lesson-study-participant.entity.js';
import { LessonStudyAccessService, type LessonStudyViewer } from './lesson-study-access.service.js';
import { LessonStudy } from './lesson-study.entity.js';

/**
 * What the media and notes features ask of a cycle (registered as 'LESSON_STUDY'): recordings and
 * notes are for its participants only; anyone else gets `null`, exactly as for an id nobody has.
 */
@Injectable()
export class LessonStudyOwners {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LessonStudyAccessService,
  ) {}

  /** Media: the teacher (and facilitator) upload while the lesson is taught; participants watch. */
  async media(userId: string, lessonStudyId: string): Promise<MediaAccess | null> {
    const [viewer] = await this.access.viewers(userId, [lessonStudyId]);
    if (viewer instanceof Error || !this.access.can(viewer, 'watch')) return null;
    return {
      networkId: viewer.cycle.networkId,
      upload: this.access.can(viewer, 'upload'),
      view: true,
      ...this.guest(viewer),
    };
  }

  /**
   * Notes: observers write while taught and debriefed; each round's notes are shared once that round's
   * debrief opens (round 1's stay shared while round 2 is re-taught; round 2's wait for debrief 2).
   */
  async notes(userId: string, lessonStudyId: string): Promise<NoteAccess | null> {
    const [viewer] = await this.access.viewers(userId, [lessonStudyId]);
    if (viewer instanceof Error || !this.access.can(viewer, 'watch')) return null;
    return {
      networkId: viewer.cycle.networkId,
      write: this.access.can(viewer, 'writeNotes'),
      seeAll: this.access.can(viewer, 'seeAllNotes'),
      lookFors: viewer.cycle.lookFors,
      round: viewer.cycle.round,
      sharedThroughRound: notesSharedThrough(viewer.cycle.phase, viewer.cycle.round),
      ...this.guest(viewer),
    };
  }

  /** An invited knowledgeable other from another network has no membership here: their cycle role lets them in. */
  private guest(viewer: LessonStudyViewer): { guestRole?: NetworkRole } {
    return viewer.me ? {} : { guestRole: viewer.facts.role };
  }

  async closedAt(lessonStudyId: string): Promise<Date | null> {
    const cycle = await this.db
      .getRepository(LessonStudy)
      .findOne({ where: { id: lessonStudyId }, select: { id: true, closedAt: true } });
    return cycle?.closedAt ?? null;
  }

  async participants(lessonStudyId: string): Promise<string[]> {
    const [rows, cycle] = await Promise.all([
      this.db.getRepository(LessonStudyParticipant).find({ where: { lessonStudyId }, select: { userId: true } }),
      this.db
        .getRepository(LessonStudy)
        .findOne({ where: { id: lessonStudyId }, select: { id: true, openClassSessionId: true } }),
    ]);
    const seats = cycle?.openClassSessionId
      ? await this.db.getRepository(SessionSeat).findBy({ sessionId: cycle.openClassSessionId, status: 'CONFIRMED' })
      : [];
    return [...new Set([...rows.map((r) => r.userId), ...seats.map((s) => s.userId)])];
  }
}

/**
 * The last round whose observation notes everyone in the cycle sees: none before the first debrief,
 * the current round from its debrief on, the previous one while the lesson is re-taught.
 */
export function notesSharedThrough(phase: LessonStudyPhase, round: number): number {
  if (phase === 'RETEACH') return round - 1;
  return lessonStudyPhaseAtLeast(phase, 'DEBRIEF') ? round : 0;
}

/** The cycle as a media owner (registered under 'LESSON_STUDY'). */
export const lessonStudyMediaOwner = (o: LessonStudyOwners): MediaOwner => ({
  access: (userId, ownerId) => o.media(userId, ownerId),
  closedAt: (ownerId) => o.closedAt(ownerId),
  participants: (ownerId) => o.participants(ownerId),
});

/** The cycle as a note owner (registered under 'LESSON_STUDY'). */
export const lessonStudyNoteOwner = (o: LessonStudyOwners): NoteOwner => ({
  access: (userId, ownerId) => o.notes(userId, ownerId),
  // Each is asked again per note, so only those who may see the note's round hear of it.
  participants: (ownerId) => o.participants(ownerId),
});
