import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { Logger } from '@nestjs/common';
import { formatError } from './format-error.js';
import { badInput } from './errors.js';

describe('formatError', () => {
  it('keeps our own errors, with their code and field errors, and nothing else', () => {
    const err = badInput('Email is required.', { email: 'Email is required.' });
    const out = formatError({ message: err.message, extensions: { ...err.extensions, stacktrace: ['at x'] } }, err);
    expect(out).toEqual({
      message: 'Email is required.',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: { email: 'Email is required.' } },
    });
  });

  it('masks unexpected errors and never leaks their message or stack', () => {
    const spy = Logger.prototype.error;
    Logger.prototype.error = () => undefined;
    try {
      const original = new Error('relation "secret_table" does not exist');
      const err = new GraphQLError(original.message, { originalError: original });
      const out = formatError({ message: err.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, err);
      expect(out.message).toBe('Something went wrong on our side. Please try again in a moment.');
      expect(JSON.stringify(out)).not.toContain('secret_table');
    } finally {
      Logger.prototype.error = spy;
    }
  });
});
