import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import { shortLinkPath, type LinkKindName } from '@switchback/shared';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { MAILER, type Mailer } from './mailer.js';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity.js';

export interface OutgoingMail {
  networkId: string | null;
  to: string;
  subject: string;
  body: string;
  link?: string | null;
  kind: 'INVITATION' | 'PASSWORD_RESET' | 'DIGEST' | 'CONVENING_REMINDER' | 'LESSON_STUDY_GUEST' | 'ACCOUNT_LINK';
}

const MAX_ATTEMPTS = 5;

/** Mail that belongs to a person, not to a network: filed under no network, shown by no API. */
export const PERSONAL_KINDS: readonly OutgoingMail['kind'][] = ['PASSWORD_RESET', 'DIGEST', 'ACCOUNT_LINK'];
/** Mail that carries a credential (a reset link): never stored without SMTP, emptied once sent. */
export const CREDENTIAL_KINDS: readonly OutgoingMail['kind'][] = ['PASSWORD_RESET', 'ACCOUNT_LINK'];
const REMOVED_BODY = 'Removed after sending: this email held a password reset link.';

/**
 * Email goes through an outbox: written in the same transaction as the change that caused it,
 * then sent. Without SMTP_URL messages are only stored (and logged) for the coordinator to see.
 */
@Injectable()
export class OutboxService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Outbox');
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(MAILER) private readonly mailer?: Mailer | null,
  ) {}

  onModuleInit(): void {
    if (this.mailer) this.timer = setInterval(() => void this.deliverPending(), 30_000).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.draining;
  }

  /**
   * Adds a message inside the caller's transaction. Call `flush()` after the commit. Personal mail
   * (reset links, digests) is filed under no network whatever the caller says; without SMTP a reset
   * link is written to the server log only, never to the database.
   */
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<void> {
    if (!this.mailer && CREDENTIAL_KINDS.includes(mail.kind)) {
      this.logger.warn(`No SMTP_URL: the ${mail.kind} email to ${mail.to} is not stored; its link: ${mail.link ?? ''}`);
      return;
    }
    await manager.insert(OutboxMessage, {
      networkId: PERSONAL_KINDS.includes(mail.kind) ? null : mail.networkId,
      toAddress: mail.to,
      subject: mail.subject,
      body: mail.body,
      link: mail.link ?? null,
      kind: mail.kind,
      status: this.mailer ? OutboxStatus.PENDING : OutboxStatus.STORED,
    });
    if (!this.mailer) {
      this.logger.log(`Email to ${mail.to} kept in the outbox (no SMTP_URL): "${mail.subject}" ${mail.link ?? ''}`);
    }
  }

  /** Sends what is pending, in the background. */
  flush(): void {
    if (this.mailer) void this.deliverPending();
  }

  /** Sends pending messages; safe with several server processes (rows are claimed with SKIP LOCKED). */
  async deliverPending(): Promise<void> {
    if (!this.mailer || this.draining) return this.draining;
    const mailer = this.mailer;
    this.draining = (async () => {
      for (;;) {
        const sent = await this.db.transaction(async (m) => {
          const [row] = await m.query(
            `SELECT id, to_address, subject, body, attempts, kind FROM outbox_message
              WHERE status = 'PENDING' ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          );
          if (!row) return false;
          try {
            await mailer.send({ to: row.to_address, subject: row.subject, text: row.body });
            await m.update(OutboxMessage, row.id, {
              status: OutboxStatus.SENT,
              sentAt: new Date(),
              attempts: row.attempts + 1,
              ...this.scrubbed(row.kind),
            });
          } catch (err) {
            const attempts = row.attempts + 1;
            this.logger.warn(`Could not send email to ${row.to_address}: ${(err as Error).message}`);
            await m.update(OutboxMessage, row.id, {
              attempts,
              lastError: String((err as Error).message).slice(0, 500),
              status: attempts >= MAX_ATTEMPTS ? OutboxStatus.FAILED : OutboxStatus.PENDING,
              ...(attempts >= MAX_ATTEMPTS ? this.scrubbed(row.kind) : {}),
            });
            return false;
          }
          return true;
        });
        if (!sent) break;
      }
    })().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  /** A sent (or given up) credential-bearing message keeps no link. */
  private scrubbed(kind: string): Partial<OutboxMessage> {
    return (CREDENTIAL_KINDS as readonly string[]).includes(kind) ? { body: REMOVED_BODY, link: null } : {};
  }

  /**
   * The newest messages of a network (authorization is the caller's job). Personal mail is never
   * listed, even a row written before it stopped being filed under a network.
   */
  async listForNetwork(networkId: string, limit: number): Promise<OutboxMessage[]> {
    return this.db.getRepository(OutboxMessage).find({
      where: { networkId, kind: Not(In([...PERSONAL_KINDS])) },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  /** An absolute link into the app for an email, e.g. link('/reset-password/…'). */
  link(pathname: string): string {
    return `${this.config.publicUrl}${pathname}`;
  }

  /** The absolute short link of a thing (`/go/<kind>/<id>`, shared/src/links.ts): every email, calendar and export links this way. */
  shortLink(kind: LinkKindName, id: string): string {
    return this.link(shortLinkPath(kind, id));
  }

  /** Whether mail is actually sent (a mail server is set up); otherwise it is only kept here. */
  get sendsMail(): boolean {
    return Boolean(this.mailer);
  }

  get smtpConfigured(): boolean {
    return Boolean(this.config.smtpUrl);
  }
}
