import { describe, expect, it } from '@jest/globals';
import { whenText } from '../todo/to-do-time.js';
import { studentTexts } from './student-texts.js';

describe("students' to-do in their language", () => {
  const now = new Date('2026-12-07T18:00:00Z');

  it('writes dates on the school clock in Spanish', () => {
    expect(whenText(new Date('2026-12-07T23:00:00Z'), 'America/Chicago', now, 'es')).toBe('hoy, 5:00 p.m. CST');
    expect(whenText(new Date('2026-12-08T23:00:00Z'), 'America/Chicago', now, 'es')).toBe('mañana, 5:00 p.m. CST');
    expect(whenText(new Date('2026-12-11T23:00:00Z'), 'America/Chicago', now, 'es')).toBe(
      'vie, 11 de dic, 5:00 p.m. CST',
    );
    expect(whenText(new Date('2026-12-11T23:00:00Z'), 'America/Chicago', now)).toBe('Fri, Dec 11, 5:00 PM CST');
  });

  it('falls back to English for a language it does not have, and keeps titles as they are', () => {
    expect(studentTexts('fr')).toBe(studentTexts('en'));
    expect(studentTexts('es').writeEssay('“Four-day week”')).toBe('Escribe tu texto para “Four-day week”');
    expect(studentTexts('es').rateFeedbackDetail(1)).toMatch(/^Hay una revisión/);
    expect(studentTexts('es').rateFeedbackDetail(3)).toMatch(/^Hay 3 revisiones/);
  });
});
