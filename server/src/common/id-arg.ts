import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { badInput } from './errors.js';

/** A required ID argument that must be a UUID; anything else is a clear input error, not a 500. */
export function IdArg(name: string, label = name.replace(/Id$/, '')) {
  const message = `That ${label} link is not valid.`;
  return Args(
    name,
    { type: () => ID },
    new ParseUUIDPipe({ version: undefined, exceptionFactory: () => badInput(message, { [name]: message }) }),
  );
}
