/** An original author as the lineage of an adaptation credits them. */
export interface Credit {
  name: string;
  school: string | null;
}

/** "Ana Alvarez (Tok School)". */
const credit = (c: Credit) => (c.school ? `${c.name} (${c.school})` : c.name);

/** "A", "A and B", "A, B and C". */
function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Who wrote the original: "Ana Alvarez (Tok School) and Ben Bjornstad (Lyle High School) in
 * Copper River Science", or only the group when nobody is known.
 */
export function lineageByline(authors: readonly Credit[], groupName: string): string {
  return authors.length ? `${list(authors.map(credit))} in ${groupName}` : groupName;
}

/** The whole credit line: "Adapted from “Salmon runs” by Ana Alvarez (Tok School) in Copper River Science". */
export const adaptedFromLine = (title: string, byline: string): string => `Adapted from “${title}” by ${byline}`;
