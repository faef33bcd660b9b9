import { describe, expect, it } from '@jest/globals';
import { nextStep, refusalToAdvance, refusalToWrite, stepsFor, type WriteCheck } from './debrief-rules.js';

const check = (over: Partial<WriteCheck>): string | null =>
  refusalToWrite({
    phase: 'DEBRIEF',
    current: 'TEACHER_REFLECTION',
    step: 'TEACHER_REFLECTION',
    roles: ['TEACHER'],
    hasKnowledgeableOther: true,
    ...over,
  });

describe('debrief rules', () => {
  it('runs the steps in order and skips the knowledgeable other when the cycle has none', () => {
    expect(stepsFor(true)).toEqual([
      'TEACHER_REFLECTION',
      'EVIDENCE',
      'CRITICAL_FRIENDS',
      'KNOWLEDGEABLE_OTHER',
      'REVISIONS',
    ]);
    expect(stepsFor(false)).not.toContain('KNOWLEDGEABLE_OTHER');
    expect(nextStep('CRITICAL_FRIENDS', true)).toBe('KNOWLEDGEABLE_OTHER');
    expect(nextStep('CRITICAL_FRIENDS', false)).toBe('REVISIONS');
    expect(nextStep('REVISIONS', true)).toBeNull();
  });

  it('lets only the role whose step it is write, and only in that step', () => {
    expect(check({})).toBeNull();
    expect(check({ roles: ['OBSERVER'] })).toBe('Only the teaching teacher writes the reflection.');
    expect(check({ step: 'EVIDENCE', roles: ['OBSERVER'] })).toBe('The teaching teacher reflects first.');
    expect(check({ current: 'EVIDENCE', step: 'EVIDENCE', roles: ['OBSERVER'] })).toBeNull();
    expect(check({ current: 'EVIDENCE', step: 'EVIDENCE', roles: ['CRITICAL_FRIEND'] })).toBe(
      'Only observers share evidence.',
    );
    expect(check({ current: 'EVIDENCE', step: 'TEACHER_REFLECTION' })).toMatch(/^That step is over/);
    expect(check({ current: 'EVIDENCE', step: 'CRITICAL_FRIENDS', roles: ['CRITICAL_FRIEND'] })).toBe(
      'The observers share their evidence first.',
    );
    expect(
      check({
        current: 'REVISIONS',
        step: 'KNOWLEDGEABLE_OTHER',
        roles: ['KNOWLEDGEABLE_OTHER'],
        hasKnowledgeableOther: false,
      }),
    ).toMatch(/no knowledgeable other/);
  });

  it('is closed outside the Debrief phase', () => {
    expect(check({ phase: 'TEACH' })).toBe('The debrief is open only in the Debrief phase.');
    expect(refusalToAdvance('REVISE', 'EVIDENCE', true, 1)).toBe('The debrief is open only in the Debrief phase.');
  });

  it('moves on only after the teacher has reflected, and not past the last step', () => {
    expect(refusalToAdvance('DEBRIEF', 'TEACHER_REFLECTION', true, 0)).toBe('The teaching teacher reflects first.');
    expect(refusalToAdvance('DEBRIEF', 'TEACHER_REFLECTION', true, 1)).toBeNull();
    expect(refusalToAdvance('DEBRIEF', 'EVIDENCE', false, 0)).toBeNull();
    expect(refusalToAdvance('DEBRIEF', 'REVISIONS', true, 3)).toMatch(/last step/);
  });
});
