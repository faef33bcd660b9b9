import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { checkLookFor, checkNoteTime, normaliseStudentGroup, STUDENT_GROUP_MESSAGE } from './note-rules.js';

const fieldErrorsOf = (fn: () => unknown): Record<string, string> => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(GraphQLError);
    const e = err as GraphQLError;
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    return e.extensions.fieldErrors as Record<string, string>;
  }
  throw new Error('expected a refusal');
};

describe('observation note rules', () => {
  it('keeps student groups to "Group 3" and the like, forgiving case and spaces', () => {
    expect(normaliseStudentGroup('group  3')).toBe('Group 3');
    expect(normaliseStudentGroup(' TABLE 12 ')).toBe('Table 12');
    expect(normaliseStudentGroup('Pair 1')).toBe('Pair 1');
    expect(normaliseStudentGroup('')).toBeNull();
    expect(normaliseStudentGroup(null)).toBeNull();
    for (const bad of ['Maria', 'Group Maria', 'Group 0', 'Group 100', 'Maria in Group 3', 'Group 3 (Maria)'])
      expect(fieldErrorsOf(() => normaliseStudentGroup(bad))).toEqual({ studentGroup: STUDENT_GROUP_MESSAGE });
  });

  it("requires one of the plan's look-fors when it has any, and ignores the tag when it has none", () => {
    const lookFors = [{ id: 'a', text: 'Reasoning' }];
    expect(checkLookFor('a', lookFors)).toBe('a');
    expect(checkLookFor('anything', [])).toBeNull();
    expect(fieldErrorsOf(() => checkLookFor(null, lookFors)).lookForId).toMatch(
      /Choose what this note is evidence for/,
    );
    expect(fieldErrorsOf(() => checkLookFor('b', lookFors)).lookForId).toMatch(/not in this lesson's plan/);
  });

  it('takes exactly one of a moment on the recording (with the recording) or a time in the room', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    expect(checkNoteTime({ mediaId: 'm', atSeconds: 3.5 })).toEqual({ mediaId: 'm', atSeconds: 3.5, observedAt: null });
    expect(checkNoteTime({ observedAt: at })).toEqual({ mediaId: null, atSeconds: null, observedAt: at });
    expect(Object.keys(fieldErrorsOf(() => checkNoteTime({})))).toEqual(['atSeconds']);
    expect(Object.keys(fieldErrorsOf(() => checkNoteTime({ mediaId: 'm', atSeconds: 1, observedAt: at })))).toEqual([
      'observedAt',
    ]);
    expect(fieldErrorsOf(() => checkNoteTime({ atSeconds: 4 }))).toEqual({
      mediaId: 'Say which recording the note is on.',
    });
    expect(fieldErrorsOf(() => checkNoteTime({ mediaId: 'm', atSeconds: -1 })).atSeconds).toBe(
      'That moment is not on the recording.',
    );
    expect(fieldErrorsOf(() => checkNoteTime({ observedAt: new Date(Date.now() + 3600_000) })).observedAt).toBe(
      'That time is in the future.',
    );
  });
});
