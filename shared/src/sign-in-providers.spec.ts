import { describe, expect, it } from '@jest/globals';
import {
  EMAIL_DOMAIN_PATTERN,
  emailDomainOf,
  normalizeEmailDomain,
  oidcSignInMessage,
  oidcStartPath,
  providerFromPath,
} from './sign-in-providers.js';

describe('sign-in providers', () => {
  it('builds the start route', () => {
    expect(oidcStartPath('GOOGLE')).toBe('/auth/oidc/google/start');
    expect(oidcStartPath('MICROSOFT', { intent: 'join', code: 'ABCD2345' })).toBe(
      '/auth/oidc/microsoft/start?intent=join&code=ABCD2345',
    );
    expect(providerFromPath('google')).toBe('GOOGLE');
    expect(providerFromPath('github')).toBeNull();
  });

  it('reads and checks email domains', () => {
    expect(normalizeEmailDomain(' @School.ORG. ')).toBe('school.org');
    expect(emailDomainOf('Ana@School.org')).toBe('school.org');
    expect(emailDomainOf('a@b@school.org')).toBe('school.org');
    expect(emailDomainOf('no-domain@')).toBeNull();
    for (const ok of ['school.org', 'yakutat.k12.ak.us', 'xn--bcher-kva.example'])
      expect(EMAIL_DOMAIN_PATTERN.test(ok)).toBe(true);
    for (const bad of ['org', 'not a domain', '-x.org', 'school..org', 'a@b.org', 'school.org/']) {
      expect(EMAIL_DOMAIN_PATTERN.test(bad)).toBe(false);
    }
  });

  it('has a sentence for every code the server sends, and none for others', () => {
    expect(oidcSignInMessage('wrong-domain')).toMatch(/school/);
    expect(oidcSignInMessage('toString')).toBeNull();
    expect(oidcSignInMessage(null)).toBeNull();
  });
});
