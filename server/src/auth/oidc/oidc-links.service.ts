import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { SIGN_IN_PROVIDER_LABELS, type SignInProviderName } from '@switchback/shared';
import { AuditService } from '../../audit/audit.service.js';
import { OutboxService } from '../../notifications/outbox.service.js';
import { SignInHooks } from '../sign-in-hooks.service.js';
import { hashToken, randomToken } from '../tokens.js';
import { User } from '../user.entity.js';
import { OidcLink } from './oidc-link.entity.js';
import { OidcPendingLink } from './oidc-pending-link.entity.js';

/** The browser cookie that holds a waiting link until the person signs in with their password here. */
export const PENDING_LINK_COOKIE = 'sb_oidc_link';
const PENDING_MINUTES = 30;

/**
 * Links between provider accounts (`sub`) and Switchback accounts. An existing account is linked
 * only once its owner proves it is theirs: a password sign-in in the browser that asked (a cookie
 * holds the waiting link's token) or the link emailed to the account's address. Both tokens are
 * random, stored as hashes, expire after 30 minutes and work once.
 */
@Injectable()
export class OidcLinksService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly hooks: SignInHooks,
  ) {}

  onModuleInit(): void {
    this.hooks.register((req, res, user) => this.completeInBrowser(req, res, user));
  }

  findLink(provider: SignInProviderName, subject: string): Promise<OidcLink | null> {
    return this.db.getRepository(OidcLink).findOneBy({ provider, subject });
  }

  /** Links (idempotently for the same person); false when the provider account belongs to someone else. */
  async link(
    m: EntityManager,
    provider: SignInProviderName,
    subject: string,
    user: User,
    via: string,
  ): Promise<boolean> {
    const existing = await m.getRepository(OidcLink).findOneBy({ provider, subject });
    if (existing) return existing.userId === user.id;
    await m.insert(OidcLink, { provider, subject, userId: user.id });
    const memberships = (await m.query(`SELECT network_id FROM membership WHERE user_id = $1 AND status = 'ACTIVE'`, [
      user.id,
    ])) as { network_id: string }[];
    // One audit event per network the person is in, so each network's coordinators see it.
    for (const { network_id } of memberships.length ? memberships : [{ network_id: null }]) {
      await this.audit.record(m, {
        networkId: network_id,
        actorId: user.id,
        action: 'account.link_school_account',
        targetType: 'User',
        targetId: user.id,
        data: { provider, via },
      });
    }
    return true;
  }

  /**
   * Starts a waiting link for an existing account and emails its owner; returns the browser's token
   * (for the cookie). The email is personal mail: never in any network's outbox, and without SMTP it
   * goes to the server log only.
   */
  async startPending(provider: SignInProviderName, subject: string, user: User): Promise<string> {
    const browserToken = randomToken();
    const emailToken = randomToken();
    const label = SIGN_IN_PROVIDER_LABELS[provider];
    const link = this.outbox.link(`/auth/oidc-link/${emailToken}`);
    await this.db.transaction(async (m) => {
      await m.update(OidcPendingLink, { userId: user.id, provider, usedAt: IsNull() }, { usedAt: new Date() });
      await m.insert(OidcPendingLink, {
        provider,
        subject,
        userId: user.id,
        browserTokenHash: hashToken(browserToken),
        emailTokenHash: hashToken(emailToken),
        expiresAt: new Date(Date.now() + PENDING_MINUTES * 60_000),
      });
      await this.outbox.enqueue(m, {
        networkId: null,
        to: user.email!,
        kind: 'ACCOUNT_LINK',
        subject: `Use your ${label} account to sign in to Switchback`,
        link,
        body:
          `Someone signed in with the ${label} account of ${user.email} and asked to use it for your Switchback account.\n\n` +
          `If it was you, open this link (it works for ${PENDING_MINUTES} minutes, once) to sign in with ${label} from now on:\n${link}\n\n` +
          `If it was not you, ignore this email: nothing changes.`,
      });
    });
    this.outbox.flush();
    return browserToken;
  }

  /** The emailed link: true when it linked the account. */
  async completeByEmail(token: string): Promise<boolean> {
    return this.complete({ emailTokenHash: hashToken(token) }, null, 'emailed link');
  }

  /** After a password sign-in: completes the link waiting in this browser, if it is this person's. */
  private async completeInBrowser(req: Request, res: Response, user: User): Promise<void> {
    const token = (req.cookies as Record<string, string> | undefined)?.[PENDING_LINK_COOKIE];
    if (!token || token.length > 100) return;
    res.clearCookie(PENDING_LINK_COOKIE, { path: '/' });
    await this.complete({ browserTokenHash: hashToken(token) }, user.id, 'password sign-in');
  }

  private async complete(
    where: { emailTokenHash: string } | { browserTokenHash: string },
    userId: string | null,
    via: string,
  ): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const pending = await m
        .getRepository(OidcPendingLink)
        .findOne({ where: { ...where, usedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!pending || pending.expiresAt.getTime() <= Date.now()) return false;
      if (userId && pending.userId !== userId) return false;
      await m.update(OidcPendingLink, pending.id, { usedAt: new Date() });
      const user = await m.getRepository(User).findOneByOrFail({ id: pending.userId });
      return this.link(m, pending.provider, pending.subject, user, via);
    });
  }
}
