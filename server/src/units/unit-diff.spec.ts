import { describe, expect, it } from '@jest/globals';
import { unitState } from './unit-content.js';
import { diffSections } from './unit-diff.js';

describe('diffSections', () => {
  it('marks the words added and removed in the sections that changed, and leaves the others alone', () => {
    const v1 = unitState({ goals: [{ p: ['Students argue a local question.'] }], lessons: [{ p: ['Four corners.'] }] });
    const v2 = unitState({
      goals: [{ p: ['Students argue a local land question.'] }],
      lessons: [{ p: ['Four corners.'] }],
    });
    const diff = diffSections(v1, v2);
    const goals = diff.find((s) => s.id === 'goals')!;
    expect(goals.changed).toBe(true);
    expect(goals.changes.filter((c) => c.kind === 'ADDED').map((c) => c.text.trim())).toEqual(['land']);
    expect(goals.changes.filter((c) => c.kind === 'REMOVED')).toEqual([]);
    expect(goals.changes.map((c) => c.text).join('')).toBe('Students argue a local land question.');
    expect(diff.find((s) => s.id === 'lessons')).toMatchObject({ changed: false, changes: [{ kind: 'SAME' }] });
  });

  it('shows a removed paragraph as removed text, line breaks kept', () => {
    const v1 = unitState({ resources: [{ p: ['Keep this.'] }, { p: ['Drop this.'] }] });
    const v2 = unitState({ resources: [{ p: ['Keep this.'] }] });
    const resources = diffSections(v1, v2).find((s) => s.id === 'resources')!;
    expect(resources.changed).toBe(true);
    expect(
      resources.changes
        .filter((c) => c.kind === 'REMOVED')
        .map((c) => c.text)
        .join(''),
    ).toContain('Drop this.');
    expect(resources.changes.filter((c) => c.kind === 'ADDED')).toEqual([]);
  });
});
