import type { EntityManager } from 'typeorm';
import type { User } from '../../auth/user.entity.js';
import type { Network } from '../../networks/network.entity.js';
import { ShowcaseItem } from '../../showcase/showcase-item.entity.js';
import { ShowcaseResponse } from '../../showcase/showcase-response.entity.js';
import { Unit } from '../../units/unit.entity.js';

const DRONES_UNIT = 'Arguing about the land: counter-claims in argument writing';
const hoursAgo = (n: number) => new Date(Date.now() - n * 3600_000);

/**
 * The demo showcase (docs/showcase.md): the published argument unit on drones in agriculture,
 * presented by one of its authors (Nora Fairweather, Lyle), featured by the coordinator, with warm
 * responses from teachers of two other schools.
 */
export async function seedDemoShowcase(m: EntityManager, network: Network, people: Map<string, User>): Promise<void> {
  const who = (key: string) => people.get(key)!.id;
  const unit = await m.getRepository(Unit).findOneByOrFail({ networkId: network.id, title: DRONES_UNIT });
  if (unit.status !== 'PUBLISHED') throw new Error('The demo showcase presents the published drones unit.');
  const item = await m.save(
    m.create(ShowcaseItem, {
      networkId: network.id,
      kind: 'UNIT',
      targetId: unit.id,
      title: 'Drones over the fields: arguing with the other side',
      body:
        'My 10th graders argued for or against crop-spraying drones for our school board. The modelled ' +
        'rebuttal paragraph we added after the first run changed everything: most drafts now answer the ' +
        'counter-claim instead of just naming it. Ruth and Lena wrote the unit with me across three schools.',
      presenterId: who('nora.fairweather'),
      status: 'PUBLISHED',
      approverId: null,
      writerId: null,
      featuredAt: hoursAgo(20),
      featuredById: who('coordinator'),
      createdAt: hoursAgo(30),
    }),
  );
  await m.save([
    m.create(ShowcaseResponse, {
      itemId: item.id,
      authorId: who('ivy.brennan'),
      kind: 'BORROW',
      body: 'The four-corners debate on a local question as the hook: I will use it with our grazing-lease question.',
      createdAt: hoursAgo(18),
    }),
    m.create(ShowcaseResponse, {
      itemId: item.id,
      authorId: who('grace.lindqvist'),
      kind: 'WORKED',
      body: 'Writing one rebuttal together, sentence by sentence, before anyone drafts alone. Simple and it clearly worked.',
      createdAt: hoursAgo(6),
    }),
  ]);
}
