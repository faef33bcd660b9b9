/**
 * Words in an essay that would give its writer away to reviewers at another school: the name of
 * their school, their town, their own name or username (the pseudonym promise). Pure functions:
 * the words to look for stay on the server; only what the essay itself says goes back to its writer.
 */

export type GiveawayKind = 'SCHOOL' | 'TOWN' | 'NAME';

export interface Giveaway {
  kind: GiveawayKind;
  /** The words as the essay writes them. */
  phrase: string;
}

/** Who the writer is, as far as the essay could tell it. */
export interface WriterIdentity {
  schoolName: string | null;
  locality: string | null;
  displayName: string;
  username: string | null;
}

/** Words too short or too common to give anyone away ("High School", "Town", "May", "Student"). */
const COMMON = new Set(
  `the and for with from our you your his her its are was not but all any can has have had one two
  school schools high junior senior middle elementary primary secondary academy charter public county
  community district unified union consolidated city town village valley lake river mountain creek north south
  east west new old saint st ft fort jr sr school's k-12 k12 student students teacher class english math
  science history grace hope faith joy may june april summer autumn will bill mark rose lily ray
  wade dawn bob art sky river star bear mr mrs ms miss dr`.split(/\s+/),
);

/** A term is worth looking for when it has a letter, 3+ characters and is not a common word. */
const distinctive = (word: string) => word.length >= 3 && /\p{L}/u.test(word) && !COMMON.has(word.toLowerCase());

const words = (text: string) => text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);

/** The words that make a name a school's rather than a place's ("Lyle High School" is "Lyle"). */
const INSTITUTION = new Set(
  `the of school schools high junior senior jr sr middle elementary primary secondary academy charter public
  county community district unified union consolidated k-12 k12`.split(/\s+/),
);

/**
 * The terms of one kind: the whole phrase, the phrase without its institution words ("Lyle High
 * School" → "Lyle", "Copper River School" → "Copper River"), its one distinctive word when it has
 * one ("Copper") and, for a person's name, each distinctive part ("Maya Lee" → "Maya", "Lee").
 */
function termsOf(text: string | null, parts: boolean): string[] {
  if (!text?.trim()) return [];
  const all = words(text);
  const out: string[] = [];
  if (all.some(distinctive)) out.push(all.join(' '));
  const core = all.filter((w) => !INSTITUTION.has(w.toLowerCase()));
  const special = all.filter(distinctive);
  if (core.some(distinctive)) out.push(core.join(' '));
  if (parts || special.length === 1) out.push(...special);
  return [...new Set(out)];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-insensitive pattern for a phrase (any spacing between its words). */
const patternOf = (term: string) =>
  `(?<![\\p{L}\\p{N}])${term.split(' ').map(escape).join(`[\\s\\p{P}]+`)}(?![\\p{L}\\p{N}])`;

/**
 * The giveaways in an essay, in the order they first appear, each phrase once (the longest match
 * where terms overlap: "Copper River" rather than "Copper").
 */
export function findGiveaways(body: string, who: WriterIdentity): Giveaway[] {
  const terms: { kind: GiveawayKind; term: string }[] = [
    ...termsOf(who.schoolName, false).map((term) => ({ kind: 'SCHOOL' as const, term })),
    ...termsOf(who.locality, false).map((term) => ({ kind: 'TOWN' as const, term })),
    ...termsOf(who.displayName, true).map((term) => ({ kind: 'NAME' as const, term })),
    ...[who.username ?? '', ...words(who.username?.replace(/[._]/g, ' ') ?? '')]
      .filter(distinctive)
      .map((term) => ({ kind: 'NAME' as const, term })),
  ];
  const found: { kind: GiveawayKind; start: number; end: number }[] = [];
  for (const { kind, term } of terms) {
    for (const match of body.matchAll(new RegExp(patternOf(term), 'giu'))) {
      found.push({ kind, start: match.index, end: match.index + match[0].length });
    }
  }
  // Longest first, then keep the matches that no kept match covers.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const out: Giveaway[] = [];
  for (const k of kept) {
    const phrase = body.slice(k.start, k.end);
    const id = `${k.kind}:${phrase.toLowerCase()}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ kind: k.kind, phrase });
  }
  return out;
}

const KIND_WORDS: Record<GiveawayKind, string> = { SCHOOL: 'your school', TOWN: 'your town', NAME: 'you' };

/** "Your essay names your school (“Lyle”) and you (“Maya”)". */
export function giveawaySentence(found: readonly Giveaway[]): string {
  const kinds = (['SCHOOL', 'TOWN', 'NAME'] as const).filter((k) => found.some((f) => f.kind === k));
  const parts = kinds.map(
    (k) =>
      `${KIND_WORDS[k]} (${found
        .filter((f) => f.kind === k)
        .map((f) => `“${f.phrase}”`)
        .join(', ')})`,
  );
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `Your essay names ${list}`;
}
