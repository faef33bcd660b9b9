import { GraphQLError } from 'graphql';

/** What a service call was refused with, as "CODE: message"; "no error" when it was not refused. */
export async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (err) {
    if (err instanceof GraphQLError) return `${String(err.extensions.code)}: ${err.message}`;
    throw err;
  }
  return 'no error';
}
