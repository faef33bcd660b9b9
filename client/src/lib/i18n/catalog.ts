import type { Messages } from '@lingui/core';

/**
 * Flattens the compiled catalog files of one locale (`../../locales/<locale>/<namespace>.json`, found by
 * `import.meta.glob`) into one table of message ids "<namespace>:<key>".
 */
export function namespaced(files: Record<string, Messages>): Messages {
  const messages: Messages = {};
  for (const [path, catalog] of Object.entries(files)) {
    const ns = path
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    for (const [key, message] of Object.entries(catalog)) messages[`${ns}:${key}`] = message;
  }
  return messages;
}
