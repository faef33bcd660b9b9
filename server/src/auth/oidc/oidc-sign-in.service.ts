import { enrollStudent } from '../../classes/student-enrollment.js';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { In, LessThan, type DataSource, type EntityManager } from 'typeorm';
import { normalizeJoinCode, usableName, type OidcSignInError, type SignInProviderName } from '@switchback/shared';
import { SchoolClass } from '../../classes/school-class.entity.js';
import { Membership } from '../../networks/membership.entity.js';
import { AccountsService } from '../accounts.service.js';
import { AttemptLimiterService } from '../attempt-limiter.service.js';
import { hashToken, randomToken } from '../tokens.js';
import { User } from '../user.entity.js';
import { ClassSignInSetting } from './class-sign-in-setting.entity.js';
import { NetworkSignInProvider } from './network-sign-in-provider.entity.js';
import { OidcClientsService } from './oidc-clients.service.js';
import { OidcFlow } from './oidc-flow.entity.js';
import { OidcLinksService } from './oidc-links.service.js';
import { schoolsForDomain, verifiedEmail, type ProviderClaims } from './oidc-rules.js';
import { SchoolEmailDomain } from './school-email-domain.entity.js';

const FLOW_MINUTES = 10;

export type Intent = 'sign-in' | 'join' | 'bind';

/** Where a callback leads: a new session, a waiting link (cookie), or back to the sign-in page with a reason. */
export type CallbackOutcome =
  | { kind: 'session'; userId: string; next: string | null }
  | { kind: 'bound'; next: string | null }
  | { kind: 'pending'; browserToken: string }
  | { kind: 'refused'; code: OidcSignInError };

/** A sign-in refused with a reason the sign-in page explains (`?oidc=<code>`). */
export class Refusal extends Error {
  constructor(readonly code: OidcSignInError) {
    super(code);
  }
}

/**
 * Sign in with Google / Microsoft: starts a flow (state, nonce and PKCE verifier kept server-side,
 * the state also in the browser's cookie) and finishes it once. Adults sign in by a linked `sub`, or
 * — first time — by a verified email of a school domain in a network that enabled the provider (an
 * existing account waits for proof, see OidcLinksService); students by a `sub` bound while holding
 * their class's join code or from their signed-in page.
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger('OpenIdConnect');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clients: OidcClientsService,
    private readonly links: OidcLinksService,
    private readonly accounts: AccountsService,
    private readonly limiter: AttemptLimiterService,
  ) {}

  /** A new flow: the provider's authorization URL and the state for the browser's cookie. */
  async start(
    provider: SignInProviderName,
    params: { intent: Intent; joinCode: string | null; userId: string | null; next: string | null },
  ): Promise<{ url: string; state: string }> {
    if (!this.clients.settings(provider)) throw new Refusal('not-configured');
    const state = randomToken();
    const checks = { state, nonce: randomToken(), codeVerifier: randomToken() };
    await this.db.getRepository(OidcFlow).delete({ expiresAt: LessThan(new Date()) });
    await this.db.getRepository(OidcFlow).insert({
      stateHash: hashToken(state),
      provider,
      intent: params.intent,
      codeVerifier: checks.codeVerifier,
      nonce: checks.nonce,
      joinCode: params.joinCode,
      userId: params.userId,
      next: params.next,
      expiresAt: new Date(Date.now() + FLOW_MINUTES * 60_000),
    });
    const url = await this.clients.authorizationUrl(provider, checks);
    return { url: url.href, state };
  }

  /** Finishes a flow once; `cookieState` is the state this browser was given at the start. */
  async callback(
    provider: SignInProviderName,
    query: string,
    cookieState: string | null,
    ip: string,
  ): Promise<CallbackOutcome> {
    try {
      return await this.finish(provider, query, cookieState, ip);
    } catch (err) {
      if (err instanceof Refusal) return { kind: 'refused', code: err.code };
      if (err instanceof GraphQLError && err.extensions.code === 'TOO_MANY_REQUESTS')
        return { kind: 'refused', code: 'limited' };
      this.logger.error(`${provider} sign-in failed: ${(err as Error).message}`);
      return { kind: 'refused', code: 'failed' };
    }
  }

  private async finish(
    provider: SignInProviderName,
    query: string,
    cookieState: string | null,
    ip: string,
  ): Promise<CallbackOutcome> {
    const state = new URLSearchParams(query).get('state');
    // The state must be the one this browser started with (no sign-in planted from elsewhere) …
    if (!state || !cookieState || state !== cookieState || state.length > 100) throw new Refusal('expired');
    // … and is used once: a replayed callback finds it used.
    const [rows] = (await this.db.query(
      `UPDATE oidc_flow SET used_at = now()
        WHERE state_hash = $1 AND provider = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING intent, code_verifier, nonce, join_code, user_id, next`,
      [hashToken(state), provider],
    )) as [
      {
        intent: Intent;
        code_verifier: string;
        nonce: string;
        join_code: string | null;
        user_id: string | null;
        next: string | null;
      }[],
      number,
    ];
    const flow = rows[0];
    if (!flow) throw new Refusal('expired');
    let claims: ProviderClaims;
    try {
      claims = await this.clients.exchange(provider, query, {
        state,
        nonce: flow.nonce,
        codeVerifier: flow.code_verifier,
      });
    } catch {
      throw new Refusal('failed');
    }
    if (flow.intent === 'join') return this.join(provider, claims, flow.join_code ?? '', ip, flow.next);
    if (flow.intent === 'bind') return this.bind(provider, claims, flow.user_id, flow.next);
    return this.signIn(provider, claims, flow.next);
  }

  private async signIn(
    provider: SignInProviderName,
    claims: ProviderClaims,
    next: string | null,
  ): Promise<CallbackOutcome> {
    const link = await this.links.findLink(provider, claims.sub);
    if (link) {
      await this.assertMaySignIn(provider, link.userId);
      return { kind: 'session', userId: link.userId, next };
    }
    const email = verifiedEmail(provider, claims);
    if (!email.ok) throw new Refusal('unverified');
    const rows = await this.db.getRepository(SchoolEmailDomain).findBy({ domain: email.domain });
    const enabled = await this.enabledNetworks(
      provider,
      rows.map((r) => r.networkId),
    );
    if (!schoolsForDomain(email.domain, rows, enabled).length) throw new Refusal('wrong-domain');
    const user = await this.db.getRepository(User).findOneBy({ email: email.email });
    // No account is made from a domain alone: new adults come in by invitation.
    if (!user) throw new Refusal('no-account');
    return { kind: 'pending', browserToken: await this.links.startPending(provider, claims.sub, user) };
  }

  /** A student holding a class's join code: their school account becomes (or finds) their student account. */
  private async join(
    provider: SignInProviderName,
    claims: ProviderClaims,
    rawCode: string,
    ip: string,
    next: string | null,
  ): Promise<CallbackOutcome> {
    const code = normalizeJoinCode(rawCode);
    const attempt = await this.limiter.admit('class-join', `code:${code}`, ip);
    const cls = code ? await this.db.getRepository(SchoolClass).findOneBy({ joinCode: code }) : null;
    if (!cls) throw new Refusal('no-code');
    await this.assertClassUses(provider, cls);
    await this.assertSchoolEmail(provider, claims, [cls.schoolId]);
    const userId = await this.db.transaction(async (m) => {
      const link = await this.links.findLink(provider, claims.sub);
      let user = link ? await m.getRepository(User).findOneByOrFail({ id: link.userId }) : null;
      if (user?.email) throw new Refusal('not-student');
      if (!user) {
        user = await this.accounts.createStudent(m, {
          username: `s-${randomBytes(6).toString('hex')}`,
          displayName: studentName(claims),
          // Nobody knows it: the student signs in with their school account (a teacher can set one).
          password: randomToken(),
        });
        await this.links.link(m, provider, claims.sub, user, 'class join code');
      }
      await this.enroll(m, user, cls);
      return user.id;
    });
    await this.limiter.succeeded(attempt);
    return { kind: 'session', userId, next };
  }

  /** A signed-in student links their school account ("use my school account next time"). */
  private async bind(
    provider: SignInProviderName,
    claims: ProviderClaims,
    userId: string | null,
    next: string | null,
  ): Promise<CallbackOutcome> {
    const user = userId ? await this.db.getRepository(User).findOneBy({ id: userId }) : null;
    if (!user || user.email) throw new Refusal('not-student');
    const classes = (await this.db.query(
      `SELECT c.id, c.school_id, c.network_id FROM class c
         JOIN enrollment e ON e.class_id = c.id
         JOIN class_sign_in_setting s ON s.class_id = c.id AND s.provider = $2
         JOIN membership mb ON mb.user_id = e.student_id AND mb.network_id = c.network_id AND mb.status = 'ACTIVE'
        WHERE e.student_id = $1`,
      [user.id, provider],
    )) as { id: string; school_id: string; network_id: string }[];
    const enabled = await this.enabledNetworks(
      provider,
      classes.map((c) => c.network_id),
    );
    const usable = classes.filter((c) => enabled.has(c.network_id));
    if (!usable.length) throw new Refusal('class-not-set');
    await this.assertSchoolEmail(
      provider,
      claims,
      usable.map((c) => c.school_id),
    );
    const linked = await this.db.transaction((m) =>
      this.links.link(m, provider, claims.sub, user, 'signed-in student'),
    );
    if (!linked) throw new Refusal('taken');
    return { kind: 'bound', next };
  }

  private async enroll(m: EntityManager, user: User, cls: SchoolClass): Promise<void> {
    const enrolled = await enrollStudent(m, user.id, cls);
    if (enrolled.kind === 'REFUSED') throw new Refusal(enrolled.why === 'OTHER_SCHOOL' ? 'wrong-school' : 'closed');
  }

  /** The class is set to this provider, and its network enabled it. */
  private async assertClassUses(provider: SignInProviderName, cls: SchoolClass): Promise<void> {
    const setting = await this.db.getRepository(ClassSignInSetting).findOneBy({ classId: cls.id });
    const enabled = await this.enabledNetworks(provider, [cls.networkId]);
    if (setting?.provider !== provider || !enabled.size) throw new Refusal('class-not-set');
  }

  /** A verified email of one of these schools' domains; the email itself is not kept. */
  private async assertSchoolEmail(
    provider: SignInProviderName,
    claims: ProviderClaims,
    schoolIds: string[],
  ): Promise<void> {
    const email = verifiedEmail(provider, claims);
    if (!email.ok) throw new Refusal('unverified');
    const ok = await this.db
      .getRepository(SchoolEmailDomain)
      .existsBy({ schoolId: In(schoolIds), domain: email.domain });
    if (!ok) throw new Refusal('wrong-school');
  }

  /** A linked account signs in while it has an active membership in a network that still uses the provider. */
  private async assertMaySignIn(provider: SignInProviderName, userId: string): Promise<void> {
    const memberships = await this.db.getRepository(Membership).findBy({ userId });
    const active = memberships.filter((m) => m.status === 'ACTIVE');
    if (!active.length) throw new Refusal('closed');
    const enabled = await this.enabledNetworks(
      provider,
      active.map((m) => m.networkId),
    );
    if (!enabled.size) throw new Refusal('disabled');
  }

  private async enabledNetworks(provider: SignInProviderName, networkIds: string[]): Promise<Set<string>> {
    if (!networkIds.length) return new Set();
    const rows = await this.db
      .getRepository(NetworkSignInProvider)
      .findBy({ provider, enabled: true, networkId: In([...new Set(networkIds)]) });
    return new Set(rows.map((r) => r.networkId));
  }
}

/** The provider's `name`, if it is a usable display name; otherwise "Student". */
function studentName(claims: ProviderClaims): string {
  return usableName(typeof claims.name === 'string' ? claims.name : null) ?? 'Student';
}
