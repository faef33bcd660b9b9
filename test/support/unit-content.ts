import type { UnitSectionId } from '@switchback/shared';
import { writeSections, type Block } from '../../server/src/units/unit-content.js';
import { CollabClient } from './collab-client.js';

export type { Block } from '../../server/src/units/unit-content.js';

/**
 * Writes rich text into a unit's sections as an author would: over the `/collab` socket, one
 * change, resolved once the server has acknowledged it as committed.
 */
export async function writeUnit(
  url: string,
  token: string,
  documentId: string,
  sections: Partial<Record<UnitSectionId, Block[]>>,
): Promise<void> {
  const client = await CollabClient.open({ url, token, documentId });
  try {
    client.change(() => writeSections(client.doc, sections));
    await client.waitFor(
      () => client.unackedCount === 0 || client.refusals.length > 0,
      10_000,
      'the content acknowledged',
    );
    if (client.refusals.length) throw new Error(`the server refused the content: ${JSON.stringify(client.refusals)}`);
  } finally {
    client.close();
  }
}
