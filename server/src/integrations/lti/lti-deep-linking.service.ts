import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { Network } from '../../networks/network.entity.js';
import { CLAIM, CUSTOM_LINK_PARAM, DEEP_LINKING_RESPONSE, type LtiLaunch } from './lti-claims.js';
import { LtiContext } from './lti-context.entity.js';
import { LtiKeysService } from './lti-keys.service.js';
import { LtiRefusal, type PickerOption } from './lti-pages.js';
import { LtiPlatform } from './lti-platform.entity.js';
import { ltiToolUrls } from './lti-platforms.service.js';
import { LtiResourceLink } from './lti-resource-link.entity.js';

/** How long a teacher has to pick, from the launch. */
const PICK_TTL = '30m';

interface Choice {
  exchangeId: string | null;
  classId: string;
  title: string;
}

/** What a pick token carries: who picks, for which platform, and where the answer goes. */
interface PickClaims {
  sub: string;
  platformId: string;
  networkId: string;
  choice: Choice;
  /** Linking a resource link launched before it pointed anywhere. */
  resourceLinkRowId?: string | null;
  /** Answering a deep-linking request. */
  deepLinking?: { returnUrl: string; data?: string; deploymentId: string; acceptsLineItem: boolean };
}

export type PickOutcome = { platform: LtiPlatform } & (
  { kind: 'post'; action: string; fields: Record<string, string> } | { kind: 'path'; path: string }
);

/**
 * Deep Linking 2.0: a teacher picks one of their exchanges (with one of their classes in it) or a
 * class, and Switchback answers the LMS with a signed LtiDeepLinkingResponse holding one
 * ltiResourceLink whose custom parameter is a token Switchback signed naming the pick. The same
 * picker links a resource link that was launched before it pointed anywhere.
 */
@Injectable()
export class LtiDeepLinkingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly keys: LtiKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get pickAudience() {
    return `${this.config.publicUrl}/lti/deep-link`;
  }

  /** The teacher's choices in the launch's network, each with its signed pick token. */
  async options(userId: string, launch: LtiLaunch, resourceLinkRowId: string | null): Promise<PickerOption[]> {
    const choices = await this.choicesOf(userId, launch.networkId);
    const deepLinking = launch.deepLinking
      ? {
          returnUrl: launch.deepLinking.deep_link_return_url,
          data: launch.deepLinking.data,
          deploymentId: launch.deploymentId,
          acceptsLineItem: true,
        }
      : undefined;
    if (deepLinking && !launch.deepLinking!.accept_types.includes('ltiResourceLink'))
      throw new LtiRefusal('This place in the LMS does not accept links to a tool, so Switchback cannot add one here.');
    return Promise.all(
      choices.map(async (choice) => ({
        label: choice.title,
        detail: choice.exchangeId ? 'Peer-feedback exchange' : 'Class (roster and grades)',
        pick: await this.keys.sign(
          {
            aud: this.pickAudience,
            sub: userId,
            platformId: launch.platformId,
            networkId: launch.networkId,
            choice,
            resourceLinkRowId,
            deepLinking,
          } satisfies PickClaims & { aud: string },
          { expiresIn: PICK_TTL },
        ),
      })),
    );
  }

  /** The teacher picked: answer the LMS (deep linking) or link the resource link and open it. */
  async choose(pick: unknown): Promise<PickOutcome> {
    if (typeof pick !== 'string' || !pick) throw new LtiRefusal('Pick an exchange or a class.');
    let claims: PickClaims;
    try {
      claims = (await this.keys.verifyOwn(pick, this.pickAudience)) as unknown as PickClaims;
    } catch {
      throw new LtiRefusal('This choice has expired. Open the link again from your course and pick again.', 403);
    }
    const still = (await this.choicesOf(claims.sub, claims.networkId)).some(
      (c) => c.classId === claims.choice.classId && c.exchangeId === claims.choice.exchangeId,
    );
    if (!still) throw new LtiRefusal('That exchange or class is no longer yours to link.', 403);
    const platform = await this.db.getRepository(LtiPlatform).findOneBy({ id: claims.platformId });
    if (!platform) throw new LtiRefusal('This LMS is no longer connected to Switchback.', 403);
    if (claims.deepLinking) return { platform, kind: 'post', ...(await this.response(platform, claims)) };
    return { platform, kind: 'path', path: await this.linkResource(claims) };
  }

  private async response(platform: LtiPlatform, claims: PickClaims) {
    const dl = claims.deepLinking!;
    const { choice } = claims;
    const urls = ltiToolUrls(this.config.publicUrl);
    const link = await this.keys.sign(
      { aud: urls.launchUrl, platformId: platform.id, exchangeId: choice.exchangeId, classId: choice.classId },
      { expiresIn: '3650d' },
    );
    const item: Record<string, unknown> = {
      type: 'ltiResourceLink',
      title: choice.title,
      url: urls.launchUrl,
      custom: { [CUSTOM_LINK_PARAM]: link },
    };
    if (choice.exchangeId && dl.acceptsLineItem)
      item.lineItem = { scoreMaximum: 100, label: choice.title, resourceId: choice.exchangeId };
    const jwt = await this.keys.sign(
      {
        iss: platform.clientId,
        aud: platform.issuer,
        nonce: crypto.randomBytes(16).toString('base64url'),
        [CLAIM.messageType]: DEEP_LINKING_RESPONSE,
        [CLAIM.version]: '1.3.0',
        [CLAIM.deploymentId]: dl.deploymentId,
        [CLAIM.dlContentItems]: [item],
        [CLAIM.dlMsg]: `Linked ${choice.title}`,
        ...(dl.data ? { [CLAIM.dlData]: dl.data } : {}),
      },
      { typ: 'JWT' },
    );
    return { action: dl.returnUrl, fields: { JWT: jwt } };
  }

  private async linkResource(claims: PickClaims): Promise<string> {
    const row = claims.resourceLinkRowId
      ? await this.db.getRepository(LtiResourceLink).findOne({ where: { id: claims.resourceLinkRowId } })
      : null;
    if (!row) throw new LtiRefusal('This link is no longer in the course. Open it again from your course.');
    const { choice } = claims;
    await this.db.transaction(async (m) => {
      await m.update(LtiResourceLink, { id: row.id }, { exchangeId: choice.exchangeId, classId: choice.classId });
      await m
        .createQueryBuilder()
        .update(LtiContext)
        .set({ classId: choice.classId })
        .where('id = :id AND class_id IS NULL', { id: row.contextId })
        .execute();
    });
    const { slug } = await this.db.getRepository(Network).findOneByOrFail({ id: claims.networkId });
    const base = `/n/${encodeURIComponent(slug)}`;
    return choice.exchangeId ? `${base}/exchanges/${choice.exchangeId}` : `${base}/classes/${choice.classId}`;
  }

  /** The teacher's own classes in the network, and each exchange one of them is in. */
  private async choicesOf(userId: string, networkId: string): Promise<Choice[]> {
    const rows = (await this.db.query(
      `SELECT e.id AS "exchangeId", c.id AS "classId", e.title AS "exchangeTitle", c.name AS "className"
         FROM class c
         LEFT JOIN exchange_class ec ON ec.class_id = c.id
         LEFT JOIN exchange e ON e.id = ec.exchange_id AND e.network_id = c.network_id
        WHERE c.teacher_id = $1 AND c.network_id = $2
        ORDER BY e.title NULLS LAST, c.name`,
      [userId, networkId],
    )) as { exchangeId: string | null; classId: string; exchangeTitle: string | null; className: string }[];
    const exchanges = rows
      .filter((r) => r.exchangeId)
      .map((r) => ({ exchangeId: r.exchangeId, classId: r.classId, title: `${r.exchangeTitle} (${r.className})` }));
    const classes = [...new Map(rows.map((r) => [r.classId, r.className])).entries()].map(([classId, name]) => ({
      exchangeId: null,
      classId,
      title: name,
    }));
    return [...exchanges, ...classes];
  }
}
