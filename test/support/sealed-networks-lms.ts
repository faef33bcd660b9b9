/**
 * Network A's LMS content for the sealed-networks tests (sealed-networks.ts calls it once A's class
 * and exchange exist): a registered LMS, a course linked to the first class with a roster sync, a
 * link placing the exchange in that course, its grade setting and a send, every text with A's marker.
 * The LMS's addresses answer nothing: every caller of the sweep is refused before Switchback calls it.
 */
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { LtiGradeSetting } from '../../server/src/integrations/lti/services/lti-grade-setting.entity.js';
import { LtiServiceRun } from '../../server/src/integrations/lti/services/lti-service-run.entity.js';
import { LtiContext } from '../../server/src/integrations/lti/lti-context.entity.js';
import { LtiPlatform } from '../../server/src/integrations/lti/lti-platform.entity.js';
import { LtiResourceLink } from '../../server/src/integrations/lti/lti-resource-link.entity.js';
import { LtiUserLink } from '../../server/src/integrations/lti/lti-user-link.entity.js';
import type { TestNetwork } from './factories.js';

export async function lmsContent(
  db: DataSource,
  {
    net,
    m,
    teacherId,
    classId,
    exchangeId,
    studentIds,
  }: {
    net: TestNetwork;
    m: (text: string) => string;
    teacherId: string;
    classId: string;
    exchangeId: string;
    studentIds: string[];
  },
): Promise<void> {
  const host = `https://lms-${randomBytes(4).toString('hex')}.invalid`;
  const platform = await db.getRepository(LtiPlatform).save({
    networkId: net.network.id,
    name: m('District LMS'),
    issuer: host,
    clientId: m('client'),
    authLoginUrl: `${host}/auth`,
    authTokenUrl: `${host}/token`,
    jwksUrl: `${host}/jwks`,
    createdById: null,
  });
  const course = await db.getRepository(LtiContext).save({
    platformId: platform.id,
    contextId: m('course'),
    title: m('Biology course'),
    classId,
    nrpsUrl: `${host}/courses/1/memberships`,
    agsLineitemsUrl: `${host}/courses/1/lineitems`,
    agsScopes: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'],
  });
  await db.getRepository(LtiResourceLink).save({
    contextId: course.id,
    resourceLinkId: m('link'),
    title: m('Essay exchange'),
    exchangeId,
    classId: null,
    agsLineitemUrl: `${host}/courses/1/lineitems/1`,
  });
  for (const [i, userId] of studentIds.entries()) {
    await db.getRepository(LtiUserLink).save({ platformId: platform.id, sub: m(`learner-${i}`), userId });
  }
  await db
    .getRepository(LtiGradeSetting)
    .save({ exchangeId, sendScore: true, sendCompletion: true, updatedById: teacherId });
  await db.getRepository(LtiServiceRun).save([
    {
      networkId: net.network.id,
      kind: 'ROSTER' as const,
      classId,
      exchangeId: null,
      actorId: teacherId,
      summary: {
        courseTitles: [m('Biology course')],
        added: studentIds.map((userId) => ({ userId, created: false })),
        already: [],
        gone: [],
        instructors: 1,
        skipped: [],
        notFromLms: 0,
      },
    },
    {
      networkId: net.network.id,
      kind: 'GRADES' as const,
      classId: null,
      exchangeId,
      actorId: teacherId,
      summary: {
        sendScore: true,
        sendCompletion: true,
        courseTitles: [m('Biology course')],
        sent: studentIds.map((userId) => ({ userId, score: { given: 5, maximum: 8 }, completion: null, reason: null })),
        skipped: [],
        failed: [],
      },
    },
  ]);
}
