import { describe, expect, it } from '@jest/globals';
import { formatNoteTime } from '@switchback/shared';
import {
  countByLookFor,
  filterByLookFor,
  fromQueued,
  mergeTimeline,
  noteTimeLabel,
  type TimelineNote,
} from './timeline';

const row = (id: string, over: Partial<TimelineNote> = {}): TimelineNote => ({
  id,
  atSeconds: null,
  observedAt: null,
  lookForId: null,
  studentGroup: null,
  body: id,
  mine: false,
  author: 'Someone',
  ...over,
});

describe('the observation timeline', () => {
  it('orders moments of the recording, then the room by clock, and shows a sent queued note once', () => {
    const server = [
      row('late', { atSeconds: 300 }),
      row('room2', { observedAt: '2026-12-01T10:05:00Z' }),
      row('early', { atSeconds: 5 }),
      row('sent-from-queue', { atSeconds: 60, mine: true }),
    ];
    const queued = [
      row('room1', { observedAt: '2026-12-01T10:01:00Z', local: 'waiting', mine: true }),
      row('sent-from-queue', { atSeconds: 60, local: 'waiting', mine: true }),
    ];
    const merged = mergeTimeline(server, queued);
    expect(merged.map((n) => n.id)).toEqual(['early', 'sent-from-queue', 'late', 'room1', 'room2']);
    expect(merged.find((n) => n.id === 'sent-from-queue')?.local).toBeUndefined();
  });

  it('filters and counts by look-for in the plan’s order', () => {
    const notes = [row('a', { lookForId: 'x' }), row('b', { lookForId: 'y' }), row('c', { lookForId: 'x' })];
    expect(filterByLookFor(notes, 'x').map((n) => n.id)).toEqual(['a', 'c']);
    expect(filterByLookFor(notes, null)).toHaveLength(3);
    const counts = countByLookFor(notes, [
      { id: 'y', text: 'Y' },
      { id: 'x', text: 'X' },
      { id: 'z', text: 'Z' },
    ]);
    expect([...counts]).toEqual([
      ['y', 1],
      ['x', 2],
      ['z', 0],
    ]);
  });

  it('labels times as the recording or the clock shows them', () => {
    expect(formatNoteTime(75.4)).toBe('1:15');
    expect(formatNoteTime(3725)).toBe('1:02:05');
    expect(noteTimeLabel({ atSeconds: 9, observedAt: null })).toBe('0:09');
    expect(noteTimeLabel({ atSeconds: null, observedAt: '2026-12-01T18:05:00Z' }, 'America/Anchorage')).toBe('9:05 AM');
  });

  it('marks a refused queued note with its reason', () => {
    const n = fromQueued({
      id: 'q',
      ownerKind: 'MENTORSHIP',
      ownerId: 'o',
      mediaId: null,
      atSeconds: 3,
      observedAt: null,
      lookForId: null,
      studentGroup: 'Group 2',
      body: 'b',
      writtenAt: '2026-12-01T10:00:00Z',
      refused: 'Notes cannot be added now: observation has closed.',
    });
    expect(n).toMatchObject({
      local: 'refused',
      mine: true,
      refusedBecause: 'Notes cannot be added now: observation has closed.',
    });
  });
});
