import { enrollStudent } from '../../classes/student-enrollment.js';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ADULT_ROLES } from '../../access/access.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { SessionsService } from '../../auth/sessions.service.js';
import { User } from '../../auth/user.entity.js';
import { SchoolClass } from '../../classes/school-class.entity.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { Membership } from '../../networks/membership.entity.js';
import { Network } from '../../networks/network.entity.js';
import { CUSTOM_LINK_PARAM, DEEP_LINKING_REQUEST, type LtiLaunch } from './lti-claims.js';
import { createLmsStudent } from './lms-students.js';
import { LtiContext } from './lti-context.entity.js';
import { LtiKeysService } from './lti-keys.service.js';
import { LtiRefusal } from './lti-pages.js';
import { ltiToolUrls } from './lti-platforms.service.js';
import { LtiResourceLink } from './lti-resource-link.entity.js';
import { LtiUserLink } from './lti-user-link.entity.js';

/** Where a launch lands: a page of the app, or the picker of a teacher linking the LMS link. */
export type Landing =
  { kind: 'path'; path: string } | { kind: 'picker'; userId: string; resourceLinkRowId: string | null };

export interface SignedIn {
  userId: string;
  token: string;
  landing: Landing;
}

/** A password hash no password matches: LMS students sign in through the LMS only. */

const askCoordinator = (platform: string) =>
  new LtiRefusal(
    `Switchback does not know you yet. Ask your Switchback coordinator to invite you with the email address you use in ${platform}; then open this link again.`,
    403,
    'Ask your coordinator',
  );

/**
 * Signs the person of a verified launch in: their LMS user id (`sub`) is bound to one account.
 * Instructors are linked to an existing adult of the network by the email the LMS sends (never
 * created); learners become student accounts bound to their LMS id, enrolled in the linked class.
 * The course and link are recorded (with their NRPS and AGS endpoints) in the same transaction.
 */
@Injectable()
export class LtiSignInService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly keys: LtiKeysService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signIn(launch: LtiLaunch, platformName: string, ip: string | null): Promise<SignedIn> {
    if (!launch.context) throw new LtiRefusal('Open Switchback from inside a course of your LMS.');
    if (!launch.role)
      throw new LtiRefusal(
        'Switchback opens for the teachers and students of a course only.',
        403,
        'Not for this role',
      );
    if (launch.messageType === DEEP_LINKING_REQUEST && launch.role !== 'INSTRUCTOR')
      throw new LtiRefusal('Only the course’s teachers can add Switchback links.', 403);
    const custom = await this.linkFromCustom(launch);
    return this.db.transaction(async (m) => {
      const context = await this.recordContext(m, launch);
      const link = launch.resourceLink ? await this.recordLink(m, launch, context, custom) : null;
      const classId = link?.classId ?? context.classId;
      const userId =
        launch.role === 'INSTRUCTOR'
          ? await this.instructor(m, launch, platformName)
          : await this.learner(m, launch, classId);
      const token = await this.sessions.create(userId, ip, m);
      return { userId, token, landing: await this.landing(m, launch, link, userId) };
    });
  }

  /** The exchange or class a link placed by deep linking names (a token Switchback signed, so not forgeable in the LMS). */
  private async linkFromCustom(launch: LtiLaunch): Promise<{ exchangeId: string | null; classId: string } | null> {
    const signed = launch.custom[CUSTOM_LINK_PARAM];
    if (!signed) return null;
    try {
      const claims = await this.keys.verifyOwn(signed, ltiToolUrls(this.config.publicUrl).launchUrl);
      if (claims.platformId !== launch.platformId || typeof claims.classId !== 'string') return null;
      return { exchangeId: typeof claims.exchangeId === 'string' ? claims.exchangeId : null, classId: claims.classId };
    } catch {
      return null;
    }
  }

  private async recordContext(m: EntityManager, launch: LtiLaunch): Promise<LtiContext> {
    const { context, ags } = launch;
    await m
      .createQueryBuilder()
      .insert()
      .into(LtiContext)
      .values({
        platformId: launch.platformId,
        contextId: context!.id,
        title: context!.title.slice(0, 255),
        nrpsUrl: launch.nrpsUrl,
        agsLineitemsUrl: ags.lineitems,
        agsScopes: ags.scopes,
      })
      .orUpdate(['title', 'nrps_url', 'ags_lineitems_url', 'ags_scopes', 'updated_at'], ['platform_id', 'context_id'])
      .execute();
    return m.findOneByOrFail(LtiContext, { platformId: launch.platformId, contextId: context!.id });
  }

  private async recordLink(
    m: EntityManager,
    launch: LtiLaunch,
    context: LtiContext,
    custom: { exchangeId: string | null; classId: string } | null,
  ): Promise<LtiResourceLink> {
    const rl = launch.resourceLink!;
    await m
      .createQueryBuilder()
      .insert()
      .into(LtiResourceLink)
      .values({
        contextId: context.id,
        resourceLinkId: rl.id,
        title: rl.title.slice(0, 255),
        agsLineitemUrl: launch.ags.lineitem,
      })
      .orUpdate(['title', 'ags_lineitem_url', 'updated_at'], ['context_id', 'resource_link_id'])
      .execute();
    const link = await m.findOneByOrFail(LtiResourceLink, { contextId: context.id, resourceLinkId: rl.id });
    if (custom && !link.classId && (await this.inNetwork(m, custom, launch.networkId))) {
      Object.assign(link, custom);
      await m.update(LtiResourceLink, { id: link.id }, custom);
      if (!context.classId) {
        context.classId = custom.classId;
        await m.update(LtiContext, { id: context.id }, { classId: custom.classId });
      }
    }
    return link;
  }

  private async inNetwork(
    m: EntityManager,
    link: { exchangeId: string | null; classId: string },
    networkId: string,
  ): Promise<boolean> {
    const cls = await m.findOneBy(SchoolClass, { id: link.classId, networkId });
    if (!cls) return false;
    if (!link.exchangeId) return true;
    const rows = (await m.query(`SELECT 1 FROM exchange_class WHERE exchange_id = $1 AND class_id = $2`, [
      link.exchangeId,
      link.classId,
    ])) as unknown[];
    return rows.length > 0;
  }

  private async instructor(m: EntityManager, launch: LtiLaunch, platformName: string): Promise<string> {
    const linked = await m.findOneBy(LtiUserLink, { platformId: launch.platformId, sub: launch.sub });
    const adultIn = async (userId: string) => {
      const membership = await m.findOneBy(Membership, { userId, networkId: launch.networkId, status: 'ACTIVE' });
      return !!membership && (ADULT_ROLES as readonly string[]).includes(membership.role);
    };
    if (linked) {
      if (!(await adultIn(linked.userId))) throw askCoordinator(platformName);
      return linked.userId;
    }
    const user = launch.email ? await m.findOneBy(User, { email: launch.email }) : null;
    if (!user || !(await adultIn(user.id))) throw askCoordinator(platformName);
    await m.insert(LtiUserLink, { platformId: launch.platformId, sub: launch.sub, userId: user.id });
    await this.audit.record(m, {
      networkId: launch.networkId,
      actorId: user.id,
      action: 'lti.user.link',
      targetType: 'User',
      targetId: user.id,
      data: { platformId: launch.platformId },
    });
    return user.id;
  }

  private async learner(m: EntityManager, launch: LtiLaunch, classId: string | null): Promise<string> {
    const cls = classId ? await m.findOneBy(SchoolClass, { id: classId, networkId: launch.networkId }) : null;
    const linked = await m.findOneBy(LtiUserLink, { platformId: launch.platformId, sub: launch.sub });
    if (!cls && !linked)
      throw new LtiRefusal(
        'Your teacher has not linked this course to a Switchback class yet. Ask them to open Switchback from the course first.',
        403,
        'Not ready yet',
      );
    let userId = linked?.userId;
    if (!userId) {
      const user = await createLmsStudent(m, launch.name);
      userId = user.id;
      await m.insert(LtiUserLink, { platformId: launch.platformId, sub: launch.sub, userId });
      await this.audit.record(m, {
        networkId: launch.networkId,
        actorId: null,
        action: 'lti.student.create',
        targetType: 'User',
        targetId: userId,
        data: { platformId: launch.platformId, classId: cls?.id ?? null },
      });
    }
    const membership = await m.findOneBy(Membership, { userId, networkId: launch.networkId });
    if (membership && (membership.status !== 'ACTIVE' || membership.role !== 'STUDENT'))
      throw new LtiRefusal('Your Switchback account is not active in this network. Talk to your teacher.', 403);
    if (cls) {
      const enrolled = await enrollStudent(m, userId, cls);
      if (enrolled.kind === 'REFUSED')
        throw new LtiRefusal(
          enrolled.why === 'OTHER_SCHOOL'
            ? 'This course is linked to a class at another school. Talk to your teacher.'
            : 'Your Switchback account is not active in this network. Talk to your teacher.',
          403,
        );
    } else if (!membership) {
      throw new LtiRefusal('Your teacher has not linked this course to a Switchback class yet.', 403, 'Not ready yet');
    }
    return userId;
  }

  private async landing(
    m: EntityManager,
    launch: LtiLaunch,
    link: LtiResourceLink | null,
    userId: string,
  ): Promise<Landing> {
    if (launch.messageType === DEEP_LINKING_REQUEST) return { kind: 'picker', userId, resourceLinkRowId: null };
    const { slug } = await m.findOneByOrFail(Network, { id: launch.networkId });
    const base = `/n/${encodeURIComponent(slug)}`;
    if (link?.exchangeId) return { kind: 'path', path: `${base}/exchanges/${link.exchangeId}` };
    if (launch.role === 'INSTRUCTOR' && !link?.classId)
      return { kind: 'picker', userId, resourceLinkRowId: link?.id ?? null };
    if (launch.role === 'INSTRUCTOR' && link?.classId) return { kind: 'path', path: `${base}/classes/${link.classId}` };
    return { kind: 'path', path: base };
  }
}
