import type { Messages } from '@lingui/core';

/** Brackets around every pseudo-localized message and formatted value. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçđéƒǧĥíĵķĺɱñóƥʠŕśťúṽŵẋýźÁƁÇĐÉƑǦĤÍĴĶĹṀÑÓƤɊŔŚŤÚṼŴẊÝŹ';
const MAP = new Map([...PLAIN].map((c, i) => [c, [...ACCENTED][i]!]));

/** "Sign in" → "Śíǧñ íñ"; the tags of rich text ("<0>", "</0>", "<br/>") stay as they are. */
export function accent(text: string): string {
  return text
    .split(/(<\/?\w+\s*\/?>)/)
    .map((part) => (part.startsWith('<') ? part : [...part].map((c) => MAP.get(c) ?? c).join('')))
    .join('');
}

/** A plain string in the pseudo-locale: accented and bracketed. */
export function pseudo(text: string): string {
  return `${PSEUDO_OPEN}${accent(text)}${PSEUDO_CLOSE}`;
}

type Compiled = string | readonly unknown[];

/** Accents the text of a compiled Lingui message, leaving argument names and plural categories alone. */
function accentCompiled(message: unknown): unknown {
  if (typeof message === 'string') return accent(message);
  if (!Array.isArray(message)) return message;
  return message.map((part) => {
    if (typeof part === 'string') return accent(part);
    if (!Array.isArray(part)) return part;
    // [argument] | [argument, format] | [argument, 'plural' | 'select' | …, { category: message }]
    const [name, format, options] = part as [string, unknown, unknown];
    if (options && typeof options === 'object' && !Array.isArray(options)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(options)) out[k] = k === 'offset' ? v : accentCompiled(v);
      return [name, format, out];
    }
    return part;
  });
}

/** The pseudo-locale catalog of an English one. */
export function pseudoCatalog(english: Messages): Messages {
  const messages: Messages = {};
  for (const [id, message] of Object.entries(english)) {
    const body = accentCompiled(message as Compiled);
    messages[id] = [PSEUDO_OPEN, ...(Array.isArray(body) ? body : [body]), PSEUDO_CLOSE] as Messages[string];
  }
  return messages;
}
