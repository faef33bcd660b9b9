import { describe, expect, it } from '@jest/globals';
import { nextLink, withPathSegment } from './lms-http.js';
import { cleanName, memberKind } from './nrps-client.js';

describe('LTI Advantage protocol details', () => {
  it('finds the rel="next" page of a Link header, resolved against the page', () => {
    const base = 'https://lms.example/api/lti/courses/7/names_and_roles?limit=2';
    expect(
      nextLink('<https://lms.example/x?page=1>; rel="first", <https://lms.example/x?page=3>; rel="next"', base),
    ).toBe('https://lms.example/x?page=3');
    expect(nextLink('</api/lti/courses/7/names_and_roles?page=2>; rel=next', base)).toBe(
      'https://lms.example/api/lti/courses/7/names_and_roles?page=2',
    );
    expect(nextLink('<https://lms.example/x?a=1,2>; rel="differences next"', base)).toBe('https://lms.example/x?a=1,2');
    expect(nextLink('<https://lms.example/x>; rel="differences"', base)).toBeNull();
    expect(nextLink(null, base)).toBeNull();
  });

  it('adds /scores to a line item URL before its query', () => {
    expect(withPathSegment('https://lms.example/courses/1/lineitems/9?type_id=3', 'scores')).toBe(
      'https://lms.example/courses/1/lineitems/9/scores?type_id=3',
    );
    expect(withPathSegment('https://lms.example/li/9/', 'scores')).toBe('https://lms.example/li/9/scores');
  });

  it('tells learners from teachers by their roles, full or short', () => {
    const lis = 'http://purl.imsglobal.org/vocab/lis/v2/membership';
    expect(memberKind([`${lis}#Learner`])).toBe('LEARNER');
    expect(memberKind(['Learner'])).toBe('LEARNER');
    expect(memberKind([`${lis}#Learner`, `${lis}/Instructor#TeachingAssistant`])).toBe('INSTRUCTOR');
    expect(memberKind([`${lis}#Instructor`])).toBe('INSTRUCTOR');
    expect(memberKind(['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student'])).toBe('OTHER');
  });

  it('keeps a name fit to show: no direction overrides, no control characters, not too long', () => {
    expect(cleanName({ name: 'Eve\u202E Elm' })).toBe('Eve Elm');
    expect(cleanName({ name: '', given_name: 'Cleo', family_name: 'Cedar' })).toBe('Cleo Cedar');
    expect(cleanName({ name: 'x'.repeat(300) })).toHaveLength(120);
    expect(cleanName({})).toBeNull();
  });
});
