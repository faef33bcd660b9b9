import { describe, expect, it } from '@jest/globals';
import {
  checkReviewComment,
  DEFAULT_BLOCKED_WORDS,
  findBlockedWords,
  REVIEW_COMMENT_MESSAGE_IDS,
  reviewCommentProblem,
} from './reviews.js';

const rules = { blockedWords: DEFAULT_BLOCKED_WORDS, minWords: 4 };

describe('findBlockedWords', () => {
  it('matches whole words and phrases, whatever the case', () => {
    expect(findBlockedWords('This is STUPID.', ['stupid'])).toEqual(['stupid']);
    expect(findBlockedWords('just shut   up already', ['shut up'])).toEqual(['shut up']);
  });

  it('does not match inside other words', () => {
    expect(findBlockedWords('Your class assignment passes the test: hello!', ['ass', 'hell'])).toEqual([]);
  });

  it('reports each word once', () => {
    expect(findBlockedWords('dumb dumb dumb', ['dumb'])).toEqual(['dumb']);
  });
});

describe('checkReviewComment', () => {
  it('accepts a kind comment long enough', () => {
    expect(checkReviewComment('Your second reason needs a source.', 'Your next step', rules)).toBeNull();
  });

  it('refuses empty, short, long and unkind comments with a message naming the comment', () => {
    expect(checkReviewComment('  ', 'Your next step', rules)).toBe('Your next step is empty: write at least 4 words.');
    expect(checkReviewComment('Good job', 'Your comment on Evidence', rules)).toMatch(
      /^Your comment on Evidence is too short: write at least 4 words/,
    );
    expect(checkReviewComment('word '.repeat(500), 'It', { ...rules, maxChars: 100 })).toMatch(/too long/);
    expect(checkReviewComment('This essay is really dumb honestly', 'Your strength', rules)).toBe(
      'Your strength uses words that are not kind ("dumb"): say it another way.',
    );
  });

  it('follows the configured floor and list', () => {
    expect(checkReviewComment('Nice', 'It', { blockedWords: [], minWords: 1 })).toBeNull();
    expect(
      checkReviewComment('a rather mediocre essay overall', 'It', { blockedWords: ['mediocre'], minWords: 1 }),
    ).toMatch(/"mediocre"/);
  });

  it('names each comment problem by a kind that has a message id', () => {
    const rules = { blockedWords: ['dumb'], minWords: 4 };
    const kinds = ['', 'too few', 'a kind and careful note', 'this is a dumb idea', 'w '.repeat(2000)].map(
      (text) => reviewCommentProblem(text, rules)?.kind ?? null,
    );
    expect(kinds).toEqual(['EMPTY', 'SHORT', null, 'UNKIND', 'LONG']);
    expect(reviewCommentProblem('this is a dumb idea', rules)).toEqual({ kind: 'UNKIND', words: ['dumb'] });
    expect(Object.values(REVIEW_COMMENT_MESSAGE_IDS).every((id) => id.startsWith('review.'))).toBe(true);
  });
});
