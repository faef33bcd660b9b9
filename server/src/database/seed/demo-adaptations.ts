import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { User } from '../../auth/user.entity.js';
import { DocumentContributor } from '../../collaboration/document-contributor.entity.js';
import { Document } from '../../collaboration/document.entity.js';
import type { Network } from '../../networks/network.entity.js';
import { Unit } from '../../units/unit.entity.js';

const days = (n: number) => new Date(Date.now() - n * 86400_000);

const ORIGINAL = 'Arguing about the land: counter-claims in argument writing';

/**
 * Ivy Brennan's adaptation of the published argument unit for her Montana class: a draft of the same
 * group under its own title, whose lineage credits the original's authors (Ruth, Nora and Lena).
 */
export async function seedDemoAdaptations(m: EntityManager, network: Network, people: Map<string, User>) {
  const original = await m.getRepository(Unit).findOneByOrFail({ networkId: network.id, title: ORIGINAL });
  const source = await m.getRepository(Document).findOneByOrFail({ id: original.documentId });
  const ivy = people.get('ivy.brennan')!.id;
  const id = randomUUID();
  const doc = await m.save(
    m.create(Document, {
      kind: 'UNIT',
      ownerId: id,
      state: source.state,
      text: source.text,
      compactedAt: new Date(),
    }),
  );
  await m.insert(Unit, {
    id,
    networkId: network.id,
    groupId: original.groupId,
    documentId: doc.id,
    title: `${ORIGINAL} (adapted for Garfield County)`,
    subject: original.subject,
    gradeBand: original.gradeBand,
    summary: 'The argument unit with ranching and water rights as the local land-use question.',
    status: 'DRAFT',
    forkedFromId: original.id,
    createdById: ivy,
    publishedAt: null,
    createdAt: days(3),
  });
  await m.insert(DocumentContributor, {
    documentId: doc.id,
    userId: ivy,
    edits: 12,
    firstEditedAt: days(3),
    lastEditedAt: days(1),
  });
}
