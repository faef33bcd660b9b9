/** Input limits shared by the API's validation and the client's forms. */
export const LIMITS = {
  nameMax: 120,
  emailMax: 254,
  passwordMin: 8,
  passwordMax: 200,
  usernameMin: 3,
  usernameMax: 32,
  searchMax: 100,
  subjectMax: 60,
  subjectsMax: 10,
  pageSizeMax: 100,
  localityMax: 120,
} as const;

/** Usernames for students: letters, digits, dot, dash and underscore. */
export const USERNAME_PATTERN = /^[a-zA-Z0-9._-]+$/;

/** Class join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

/** Normalises what a student types as a join code (case, spaces and dashes do not matter). */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** Shows a join code in two groups of four for reading aloud, e.g. "HK3M-Q7RT". */
export function formatJoinCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/**
 * Characters a display name may not contain: control characters, bidirectional overrides,
 * embeddings, isolates and marks (which can make "Ann" read as another name or reverse the text
 * around it), and invisible separators. Zero-width joiners stay allowed: scripts and emoji need them.
 */
export const INVISIBLE_CONTROL_PATTERN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  /[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/u;

/** True when `text` holds a character of INVISIBLE_CONTROL_PATTERN. */
export function hasInvisibleControls(text: string): boolean {
  return INVISIBLE_CONTROL_PATTERN.test(text);
}

/**
 * A name as an outside system sends it (an LMS, a school sign-in provider), made fit for a display
 * name: invisible and control characters dropped, runs of spaces made one, cut to the length limit.
 * Null when nothing is left.
 */
export function usableName(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  let name = [...raw]
    .filter((ch) => !hasInvisibleControls(ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length > LIMITS.nameMax) name = name.slice(0, LIMITS.nameMax).trim();
  return name || null;
}
