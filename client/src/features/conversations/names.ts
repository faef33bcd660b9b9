/** What the names below need of a conversation's people (the Member fields the pages load). */
interface Named {
  title?: string | null;
  participants: readonly { user: { id: string; displayName: string }; school?: { name: string } | null }[];
}

/** What a conversation is called for this person: its title, or the names of the others in it. */
export function conversationName(c: Named, viewerId: string): string {
  if (c.title) return c.title;
  const others = c.participants.filter((p) => p.user.id !== viewerId).map((p) => p.user.displayName);
  return others.length ? others.join(', ') : 'Just you';
}

/** "Owen Tsosie (Paisley School), Eli Johansen (Copper River School)": the others and their schools. */
export function othersWithSchools(c: Pick<Named, 'participants'>, viewerId: string): string {
  return c.participants
    .filter((p) => p.user.id !== viewerId)
    .map((p) => (p.school ? `${p.user.displayName} (${p.school.name})` : p.user.displayName))
    .join(', ');
}
