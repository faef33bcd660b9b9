import { describe, expect, it } from '@jest/globals';
import { issuerMatches, schoolsForDomain, verifiedEmail } from './oidc-rules.js';

describe('verifiedEmail', () => {
  it('takes a Google email only when email_verified is true', () => {
    expect(verifiedEmail('GOOGLE', { sub: '1', email: 'Ana@School.org', email_verified: true })).toEqual({
      ok: true,
      email: 'ana@school.org',
      domain: 'school.org',
    });
    expect(verifiedEmail('GOOGLE', { sub: '1', email: 'ana@school.org', email_verified: false }).ok).toBe(false);
    expect(verifiedEmail('GOOGLE', { sub: '1', email: 'ana@school.org' }).ok).toBe(false);
    expect(verifiedEmail('GOOGLE', { sub: '1', email: 'ana@school.org', email_verified: 'yes' }).ok).toBe(false);
    expect(verifiedEmail('GOOGLE', { sub: '1', email_verified: true }).ok).toBe(false);
    expect(verifiedEmail('GOOGLE', { sub: '1', email: 'no-at-sign', email_verified: true }).ok).toBe(false);
  });

  it('takes a Microsoft email only when the tenant owns its domain (xms_edov), never preferred_username', () => {
    expect(verifiedEmail('MICROSOFT', { sub: '1', email: 'ana@school.org', xms_edov: true }).ok).toBe(true);
    expect(verifiedEmail('MICROSOFT', { sub: '1', email: 'ana@school.org', xms_edov: '1' }).ok).toBe(true);
    expect(verifiedEmail('MICROSOFT', { sub: '1', email: 'ana@school.org' }).ok).toBe(false);
    expect(verifiedEmail('MICROSOFT', { sub: '1', email: 'ana@school.org', xms_edov: false }).ok).toBe(false);
    expect(verifiedEmail('MICROSOFT', { sub: '1', preferred_username: 'ana@school.org', xms_edov: true }).ok).toBe(
      false,
    );
  });
});

describe('schoolsForDomain', () => {
  const rows = [
    { networkId: 'n1', schoolId: 's1', domain: 'school.org' },
    { networkId: 'n2', schoolId: 's2', domain: 'school.org' },
    { networkId: 'n1', schoolId: 's3', domain: 'students.school.org' },
  ];

  it('matches the exact domain in networks where the provider is enabled', () => {
    expect(schoolsForDomain('school.org', rows, new Set(['n1'])).map((r) => r.schoolId)).toEqual(['s1']);
    expect(schoolsForDomain('SCHOOL.org', rows, new Set(['n1', 'n2'])).map((r) => r.schoolId)).toEqual(['s1', 's2']);
    expect(schoolsForDomain('students.school.org', rows, new Set(['n1'])).map((r) => r.schoolId)).toEqual(['s3']);
  });

  it('never matches look-alikes, parents or disabled networks', () => {
    const on = new Set(['n1', 'n2']);
    expect(schoolsForDomain('evilschool.org', rows, on)).toEqual([]);
    expect(schoolsForDomain('school.org.evil.com', rows, on)).toEqual([]);
    expect(schoolsForDomain('other.school.org', rows, on)).toEqual([]);
    expect(schoolsForDomain('org', rows, on)).toEqual([]);
    expect(schoolsForDomain('school.org', rows, new Set())).toEqual([]);
  });
});

describe('issuerMatches', () => {
  const template = 'https://login.microsoftonline.com/{tenantid}/v2.0';
  const tid = '9188040d-6c67-4c5b-b112-36a304b66dad';

  it("takes a multi-tenant Microsoft token only with its own tenant's issuer", () => {
    expect(issuerMatches(template, { iss: `https://login.microsoftonline.com/${tid}/v2.0`, tid })).toBe(true);
    const other = '00000000-0000-0000-0000-000000000001';
    expect(issuerMatches(template, { iss: `https://login.microsoftonline.com/${other}/v2.0`, tid })).toBe(false);
    expect(issuerMatches(template, { iss: template, tid })).toBe(false);
    expect(issuerMatches(template, { iss: `https://login.microsoftonline.com/${tid}/v2.0` })).toBe(false);
    expect(issuerMatches(template, { iss: 'https://evil.example/x/v2.0', tid: 'x/../..' })).toBe(false);
  });

  it('compares a fixed issuer exactly', () => {
    expect(issuerMatches('https://accounts.google.com', { iss: 'https://accounts.google.com' })).toBe(true);
    expect(issuerMatches('https://accounts.google.com', { iss: 'accounts.google.com' })).toBe(false);
  });
});
