/**
 * Network A's showcase for the sealed-networks tests (sealed-networks.ts calls it once A's units
 * exist): its first teacher presents the published unit, and a colleague responds, with A's marker.
 */
import type { NetworkAContext } from './sealed-networks-observe.js';

export interface ShowcaseContent {
  /** The published unit, presented in A's showcase by its author, with one warm response. */
  showcaseItemId: string;
}

export async function showcaseContent(
  { net, teachers: [t1, t2], m, gql }: Pick<NetworkAContext, 'net' | 'teachers' | 'm' | 'gql'>,
  unitId: string,
): Promise<ShowcaseContent> {
  const item = await gql<{ addToShowcase: { id: string } }>(
    t1,
    `mutation($i: AddToShowcaseInput!) { addToShowcase(input: $i) { id } }`,
    {
      i: {
        networkId: net.network.id,
        kind: 'UNIT',
        targetId: unitId,
        title: m('Our proof unit'),
        body: m('What we learned teaching proofs with puzzles first.'),
      },
    },
  );
  await gql(t2, `mutation($i: RespondToShowcaseInput!) { respondToShowcase(input: $i) { id } }`, {
    i: { itemId: item.addToShowcase.id, kind: 'BORROW', body: m('The puzzle warm-up, for my class.') },
  });
  return { showcaseItemId: item.addToShowcase.id };
}
