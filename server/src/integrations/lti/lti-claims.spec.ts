import { describe, expect, it } from '@jest/globals';
import { CLAIM, courseRole, readLaunch } from './lti-claims.js';

const M = 'http://purl.imsglobal.org/vocab/lis/v2/membership#';

describe('LTI claims', () => {
  it('reads the course role: instructor wins, short forms and sub-roles count, institution roles do not', () => {
    expect(courseRole([`${M}Learner`, `${M}Instructor`])).toBe('INSTRUCTOR');
    expect(courseRole(['Instructor'])).toBe('INSTRUCTOR');
    expect(courseRole([`${M}Instructor#TeachingAssistant`])).toBe('INSTRUCTOR');
    expect(courseRole([`${M}Learner`])).toBe('LEARNER');
    expect(courseRole(['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty'])).toBeNull();
    expect(courseRole([`${M}Mentor`])).toBeNull();
    expect(courseRole('Instructor')).toBeNull();
  });

  it('reads a launch: lower-cased email, a name from its parts, the service endpoints, string custom values only', () => {
    const launch = readLaunch(
      {
        sub: 'u1',
        email: 'Ana.Ruiz@District.Example',
        given_name: 'Ana',
        family_name: 'Ruiz',
        [CLAIM.deploymentId]: 'd1',
        [CLAIM.roles]: [`${M}Learner`],
        [CLAIM.context]: { id: 'c1', label: 'ELA' },
        [CLAIM.resourceLink]: { id: 'r1' },
        [CLAIM.custom]: { a: 'b', n: 3 },
        [CLAIM.nrps]: { context_memberships_url: 'https://lms/nrps' },
        [CLAIM.ags]: { scope: ['s1', 2], lineitems: 'https://lms/items' },
      },
      { id: 'p', networkId: 'n' },
      'LtiResourceLinkRequest',
    );
    expect(launch).toMatchObject({
      email: 'ana.ruiz@district.example',
      name: 'Ana Ruiz',
      role: 'LEARNER',
      context: { id: 'c1', title: 'ELA' },
      resourceLink: { id: 'r1', title: '' },
      custom: { a: 'b' },
      nrpsUrl: 'https://lms/nrps',
      ags: { lineitems: 'https://lms/items', lineitem: null, scopes: ['s1'] },
      deepLinking: null,
    });
  });
});
