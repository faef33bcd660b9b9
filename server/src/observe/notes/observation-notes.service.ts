import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ObservationNoteLiveEvent,
  type ObservationNoteChange,
  type ObservationNoteChangedPayload,
  type ObservationOwnerKind,
} from '@switchback/shared';
import { conflict, fieldError, notFound } from '../../common/errors.js';
import { LivePublisher } from '../../live/live-publisher.service.js';
import { MediaService } from '../../media/media.service.js';
import type { Membership } from '../../networks/membership.entity.js';
import { membershipsByKeys } from '../../networks/memberships-by-keys.js';
import type { AddObservationNoteInput, UpdateObservationNoteInput } from './dto/observation-note.input.js';
import { ObservationNote } from './observation-note.entity.js';
import { ObservationNoteAccessService, type NoteContext } from './observation-note-access.service.js';
import { checkLookFor, checkNoteTime, normaliseStudentGroup } from './note-rules.js';

/** A note's `mediaId` must be a finished recording of the same lesson. */
export const RECORDING_NOT_READY =
  "That recording is not one of this lesson's finished recordings. Wait until its upload has finished, or write the note without it.";

/**
 * Observation notes: each observer's own until the owner lets everyone see all of them (the debrief
 * opens), then one timeline. Creating is idempotent by the client's id; every change is pushed live
 * to the people who may see the note.
 */
@Injectable()
export class ObservationNotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ObservationNoteAccessService,
    private readonly live: LivePublisher,
    private readonly media: MediaService,
  ) {}

  private get repo() {
    return this.db.getRepository(ObservationNote);
  }

  /**
   * How many notes each look-for point of a lesson has, every author's and every round's. For a
   * feature that has already decided its caller may know the counts (the shared record names counts,
   * never notes); `m` reads inside that feature's transaction.
   */
  async countByLookFor(kind: ObservationOwnerKind, ownerId: string, m: EntityManager): Promise<Map<string, number>> {
    const rows = await m
      .getRepository(ObservationNote)
      .createQueryBuilder('n')
      .select('n.look_for_id', 'id')
      .addSelect('count(*)::int', 'n')
      .where('n.owner_kind = :kind AND n.owner_id = :ownerId AND n.look_for_id IS NOT NULL', { kind, ownerId })
      .groupBy('n.look_for_id')
      .getRawMany<{ id: string; n: number }>();
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /**
   * The notes the caller may see, in time order: their own, and everyone's of the rounds already
   * shared (`NoteAccess.sharedThroughRound`); only those of `round` when given.
   */
  async list(userId: string, kind: ObservationOwnerKind, ownerId: string, round?: number): Promise<ObservationNote[]> {
    const ctx = await this.access.require(userId, kind, ownerId);
    const qb = this.repo
      .createQueryBuilder('n')
      .where('n.owner_kind = :kind AND n.owner_id = :ownerId', { kind, ownerId })
      .orderBy('n.at_seconds', 'ASC', 'NULLS LAST')
      .addOrderBy('n.observed_at', 'ASC', 'NULLS LAST')
      .addOrderBy('n.created_at', 'ASC')
      .addOrderBy('n.id', 'ASC');
    if (round !== undefined) qb.andWhere('n.round = :round', { round });
    if (ctx.sharedThrough !== null)
      qb.andWhere('(n.author_id = :userId OR n.round <= :through)', { userId, through: ctx.sharedThrough });
    // The same rule, note by note, through the policy (the query only narrows what is read).
    return (await qb.getMany()).filter((n) => this.access.seesNote(ctx, n));
  }

  /** Whether the caller sees everyone's notes of the owner's current round (the timeline says so). */
  async seesAll(userId: string, kind: ObservationOwnerKind, ownerId: string): Promise<boolean> {
    return this.access.allows(await this.access.require(userId, kind, ownerId), 'readAll');
  }

  async add(userId: string, input: AddObservationNoteInput): Promise<ObservationNote> {
    const ctx = await this.access.require(userId, input.ownerKind, input.ownerId);
    // Sent again (the answer was lost, or the device resent its queue): the stored note, unchanged.
    const again = await this.repo.findOneBy({ id: input.id });
    if (again) return this.same(again, userId, input);
    this.access.assert(ctx, 'write');
    const time = checkNoteTime(input);
    if (time.mediaId && !(await this.media.isReadyRecordingOf(time.mediaId, input.ownerKind, input.ownerId)))
      throw fieldError('mediaId', RECORDING_NOT_READY);
    const lookForId = checkLookFor(input.lookForId, ctx.access.lookFors);
    const studentGroup = normaliseStudentGroup(input.studentGroup);
    const inserted = await this.repo
      .createQueryBuilder()
      .insert()
      .values({
        id: input.id,
        ownerKind: input.ownerKind,
        ownerId: input.ownerId,
        networkId: ctx.access.networkId,
        authorId: userId,
        round: ctx.round,
        ...time,
        lookForId,
        studentGroup,
        body: input.body,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const note = await this.repo.findOneByOrFail({ id: input.id });
    if (!inserted.raw.length) return this.same(note, userId, input);
    await this.publish(ctx, note, 'ADDED');
    return note;
  }

  async update(userId: string, input: UpdateObservationNoteInput): Promise<ObservationNote> {
    const { ctx, note } = await this.editable(userId, input.id);
    note.lookForId = checkLookFor(input.lookForId, ctx.access.lookFors);
    note.studentGroup = normaliseStudentGroup(input.studentGroup);
    note.body = input.body;
    const saved = await this.repo.save(note);
    await this.publish(ctx, saved, 'UPDATED');
    return saved;
  }

  async remove(userId: string, id: string): Promise<string> {
    const { ctx, note } = await this.editable(userId, id);
    await this.repo.delete({ id });
    await this.publish(ctx, note, 'DELETED');
    return id;
  }

  /** Adult memberships by `networkId:userId` (the authors' names and schools). */
  membershipsByKeys(keys: readonly string[]): Promise<Membership[]> {
    return membershipsByKeys(this.db, keys, { adultsOnly: true });
  }

  /** A resent note is the caller's own note of the same owner; any other use of its id is refused. */
  private same(note: ObservationNote, userId: string, input: AddObservationNoteInput): ObservationNote {
    if (note.authorId === userId && note.ownerKind === input.ownerKind && note.ownerId === input.ownerId) return note;
    throw conflict('That note id is already used. Reload the page and write the note again.', {
      id: 'That note id is already used.',
    });
  }

  /** A note the caller may change: others' notes they cannot see are "not found". */
  private async editable(userId: string, id: string): Promise<{ ctx: NoteContext; note: ObservationNote }> {
    const note = await this.repo.findOneBy({ id });
    const ctx = note && (await this.access.context(userId, note.ownerKind, note.ownerId));
    const author = note?.authorId === userId;
    if (!note || !ctx || !this.access.seesNote(ctx, note)) throw notFound('note');
    // An earlier round's notes belong to its debrief: they no longer change.
    const open = note.round === ctx.round ? ctx : { ...ctx, facts: { ...ctx.facts, write: false } };
    this.access.assert(open, 'edit', author);
    return { ctx, note };
  }

  /** Tells the author and everyone who may see the note's round (each asked again now). */
  private async publish(ctx: NoteContext, note: ObservationNote, change: ObservationNoteChange): Promise<void> {
    const payload: ObservationNoteChangedPayload = {
      ownerKind: ctx.kind,
      ownerId: ctx.ownerId,
      noteId: note.id,
      change,
    };
    const others = (await this.access.participants(ctx.kind, ctx.ownerId)).filter((u) => u !== note.authorId);
    const told = [note.authorId];
    for (const userId of new Set(others)) {
      const theirs = await this.access.context(userId, ctx.kind, ctx.ownerId);
      if (theirs && this.access.seesNote(theirs, note)) told.push(userId);
    }
    for (const userId of told) this.live.toUser(userId, ObservationNoteLiveEvent.Changed, payload);
  }
}
