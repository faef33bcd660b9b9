import { findGiveaways, type Giveaway, type WriterIdentity } from './essay-giveaways.js';

/** A school or a person of the network, as the giveaway check looks for them. */
export type NetworkIdentity = WriterIdentity;

const WORDS = /[^\p{L}\p{N}'’-]+/u;
const KIND_WORDS: Record<Giveaway['kind'], string> = { SCHOOL: 'a school', TOWN: 'a place', NAME: 'a person' };

/**
 * What in a text names a school, a town or a person of the network: the essay giveaway check
 * (essay-giveaways.ts) run for every school and every person, each only when one of their words is in
 * the text at all (so a network of hundreds stays quick). Used wherever an essay leaves its exchange:
 * anchor essays of a calibration round, student work in the showcase.
 */
export function networkGiveaways(body: string, identities: readonly NetworkIdentity[]): Giveaway[] {
  const present = new Set(body.toLowerCase().split(WORDS).filter(Boolean));
  const found: Giveaway[] = [];
  const seen = new Set<string>();
  for (const who of identities) {
    const words = [
      who.schoolName,
      who.locality,
      who.displayName,
      who.username?.replace(/[._]/g, ' ') ?? null,
      who.username,
    ]
      .filter((w): w is string => !!w)
      .flatMap((w) => w.toLowerCase().split(WORDS));
    if (!words.some((w) => present.has(w))) continue;
    for (const g of findGiveaways(body, who)) {
      const key = `${g.kind}:${g.phrase.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(g);
    }
  }
  return found;
}

/** "Essay 2 names a school (Tok School). Anchor essays never identify a writer or a school: edit it first." */
export function anchorGiveawaySentence(position: number, found: readonly Giveaway[]): string {
  const kinds = (['SCHOOL', 'TOWN', 'NAME'] as const).filter((k) => found.some((f) => f.kind === k));
  const parts = kinds.map(
    (k) =>
      `${KIND_WORDS[k]} (${found
        .filter((f) => f.kind === k)
        .map((f) => f.phrase)
        .join(', ')})`,
  );
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `Essay ${position} names ${list}. Anchor essays never identify a writer or a school: edit it first.`;
}
