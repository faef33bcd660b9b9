import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  EMAIL_DOMAIN_PATTERN,
  normalizeEmailDomain,
  SIGN_IN_PROVIDER_LABELS,
  SIGN_IN_PROVIDERS,
  type SignInProviderName,
} from '@switchback/shared';
import { AccessService } from '../../access/access.service.js';
import { signInPolicy } from '../../access/policies/sign-in.policy.js';
import { AuditService } from '../../audit/audit.service.js';
import { SchoolClass } from '../../classes/school-class.entity.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { School } from '../../networks/school.entity.js';
import { ClassSignInSetting } from './class-sign-in-setting.entity.js';
import type {
  ClassSignIn,
  MySchoolAccount,
  SetClassSignInProviderInput,
  SetSchoolEmailDomainsInput,
  SetSignInProviderInput,
  SignInProviderSettings,
} from './dto/sign-in-providers.types.js';
import { NetworkSignInProvider } from './network-sign-in-provider.entity.js';
import { OidcClientsService } from './oidc-clients.service.js';
import { OidcLink } from './oidc-link.entity.js';
import { SchoolEmailDomain } from './school-email-domain.entity.js';

const ENV_VARIABLES: Record<SignInProviderName, string> = {
  GOOGLE: 'GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET',
  MICROSOFT: 'MICROSOFT_CLIENT_ID and MICROSOFT_CLIENT_SECRET (and MICROSOFT_TENANT)',
};

/** A network's sign-in providers, its schools' email domains and a class's setting: who may sign in how. */
@Injectable()
export class SignInProvidersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clients: OidcClientsService,
    private readonly audit: AuditService,
  ) {}

  async settings(userId: string, networkId: string): Promise<SignInProviderSettings> {
    const me = await this.access.require(userId, networkId, 'read');
    signInPolicy.assert(me, 'configure');
    const [rows, schools, domains] = await Promise.all([
      this.db.getRepository(NetworkSignInProvider).findBy({ networkId }),
      this.db.getRepository(School).find({ where: { networkId }, order: { name: 'ASC' } }),
      this.db.getRepository(SchoolEmailDomain).find({ where: { networkId }, order: { domain: 'ASC' } }),
    ]);
    return {
      networkId,
      providers: SIGN_IN_PROVIDERS.map((provider) => ({
        provider,
        label: SIGN_IN_PROVIDER_LABELS[provider],
        configured: !!this.clients.settings(provider),
        enabled: rows.some((r) => r.provider === provider && r.enabled),
        redirectUri: this.clients.redirectUri(provider),
        envVariables: ENV_VARIABLES[provider],
      })),
      schools: schools.map((s) => ({
        schoolId: s.id,
        schoolName: s.name,
        domains: domains.filter((d) => d.schoolId === s.id).map((d) => d.domain),
      })),
    };
  }

  async setProvider(userId: string, input: SetSignInProviderInput): Promise<SignInProviderSettings> {
    const me = await this.access.require(userId, input.networkId, 'read');
    signInPolicy.assert(me, 'configure');
    if (input.enabled && !this.clients.settings(input.provider)) {
      throw badInput(
        `${SIGN_IN_PROVIDER_LABELS[input.provider]} is not configured on this server: its administrator sets ` +
          `${ENV_VARIABLES[input.provider]} first (see docs/integrations.md).`,
        { provider: `${SIGN_IN_PROVIDER_LABELS[input.provider]} is not configured on this server.` },
      );
    }
    await this.db.transaction(async (m) => {
      await m
        .createQueryBuilder()
        .insert()
        .into(NetworkSignInProvider)
        .values({ networkId: input.networkId, provider: input.provider, enabled: input.enabled })
        .orUpdate(['enabled', 'updated_at'], ['network_id', 'provider'])
        .execute();
      await this.audit.record(m, {
        networkId: input.networkId,
        actorId: userId,
        action: input.enabled ? 'sign_in_provider.enable' : 'sign_in_provider.disable',
        targetType: 'Network',
        targetId: input.networkId,
        data: { provider: input.provider },
      });
    });
    return this.settings(userId, input.networkId);
  }

  async setDomains(userId: string, input: SetSchoolEmailDomainsInput): Promise<SignInProviderSettings> {
    const me = await this.access.require(userId, input.networkId, 'read');
    signInPolicy.assert(me, 'configure');
    const school = await this.db.getRepository(School).findOneBy({ id: input.schoolId, networkId: input.networkId });
    if (!school) throw notFound('school');
    const domains = [...new Set(input.domains.map(normalizeEmailDomain).filter(Boolean))];
    const bad = domains.find((d) => !EMAIL_DOMAIN_PATTERN.test(d));
    if (bad) {
      throw badInput(`"${bad}" is not an email domain. Write the part after the @, such as school.org.`, {
        domains: `"${bad}" is not an email domain, such as school.org.`,
      });
    }
    await this.db.transaction(async (m) => {
      const taken = domains.length
        ? await m
            .getRepository(SchoolEmailDomain)
            .find({ where: { networkId: input.networkId, domain: In(domains) }, relations: { school: true } })
        : [];
      const elsewhere = taken.find((t) => t.schoolId !== school.id);
      if (elsewhere) {
        throw conflict(
          `${elsewhere.domain} already belongs to ${elsewhere.school.name}. A domain belongs to one school.`,
          {
            domains: `${elsewhere.domain} already belongs to ${elsewhere.school.name}.`,
          },
        );
      }
      await m.delete(SchoolEmailDomain, { schoolId: school.id });
      if (domains.length) {
        await m.insert(
          SchoolEmailDomain,
          domains.map((domain) => ({ networkId: input.networkId, schoolId: school.id, domain })),
        );
      }
      await this.audit.record(m, {
        networkId: input.networkId,
        actorId: userId,
        action: 'school.email_domains',
        targetType: 'School',
        targetId: school.id,
        data: { domains },
      });
    });
    return this.settings(userId, input.networkId);
  }

  /** A class the caller may set: its teacher or an administrator of its school; others "not found"/"forbidden". */
  private async settableClass(userId: string, classId: string): Promise<SchoolClass> {
    const cls = await this.db.getRepository(SchoolClass).findOneBy({ id: classId });
    if (!cls) throw notFound('class');
    const me = await this.access.activeMembership(userId, cls.networkId);
    if (!me) throw notFound('class');
    signInPolicy.assert(
      { role: me.role, teacher: cls.teacherId === userId, sameSchool: me.schoolId === cls.schoolId },
      'setClass',
    );
    return cls;
  }

  async classSetting(userId: string, classId: string): Promise<ClassSignIn> {
    const cls = await this.settableClass(userId, classId);
    const row = await this.db.getRepository(ClassSignInSetting).findOneBy({ classId });
    return this.classSignIn(cls, row?.provider ?? null);
  }

  async setClassSetting(userId: string, input: SetClassSignInProviderInput): Promise<ClassSignIn> {
    const cls = await this.settableClass(userId, input.classId);
    const provider = input.provider ?? null;
    await this.db.transaction(async (m) => {
      if (provider) await m.upsert(ClassSignInSetting, { classId: cls.id, provider }, ['classId']);
      else await m.delete(ClassSignInSetting, { classId: cls.id });
      await this.audit.record(m, {
        networkId: cls.networkId,
        actorId: userId,
        action: 'class.sign_in_provider',
        targetType: 'Class',
        targetId: cls.id,
        data: { provider },
      });
    });
    return this.classSignIn(cls, provider);
  }

  private async classSignIn(cls: SchoolClass, provider: SignInProviderName | null): Promise<ClassSignIn> {
    const available =
      !!provider &&
      !!this.clients.settings(provider) &&
      (await this.db
        .getRepository(NetworkSignInProvider)
        .existsBy({ networkId: cls.networkId, provider, enabled: true }));
    return { classId: cls.id, provider, available };
  }

  /**
   * The school accounts the caller can use in this network: for a student, the providers of their
   * classes; for an adult, the providers the network enabled. Whether each is linked already.
   */
  async mine(userId: string, networkId: string): Promise<MySchoolAccount[]> {
    const me = await this.access.require(userId, networkId, 'read');
    const providers: SignInProviderName[] =
      me.role === 'STUDENT'
        ? (
            (await this.db.query(
              `SELECT DISTINCT s.provider FROM class_sign_in_setting s
                 JOIN enrollment e ON e.class_id = s.class_id
                 JOIN class c ON c.id = s.class_id
                WHERE e.student_id = $1 AND c.network_id = $2`,
              [userId, networkId],
            )) as { provider: SignInProviderName }[]
          ).map((r) => r.provider)
        : [...SIGN_IN_PROVIDERS];
    const enabled = await this.db
      .getRepository(NetworkSignInProvider)
      .findBy({ networkId, enabled: true, provider: In(providers) });
    const links = await this.db.getRepository(OidcLink).findBy({ userId });
    return SIGN_IN_PROVIDERS.filter((p) => enabled.some((e) => e.provider === p) && this.clients.settings(p)).map(
      (provider) => ({
        provider,
        label: SIGN_IN_PROVIDER_LABELS[provider],
        linked: links.some((l) => l.provider === provider),
      }),
    );
  }
}
