import { describe, expect, it } from '@jest/globals';
import { NETWORK_ROLES, type NetworkRole } from '@switchback/shared';
import { conveningPolicy, type ConveningFacts } from './convening.policy.js';
import { conversationPolicy } from './conversation.policy.js';
import { exchangePolicy } from './exchange.policy.js';
import { groupPolicy, type GroupFacts } from './group.policy.js';
import { networkPolicy } from './network.policy.js';
import { proposalPolicy } from './proposal.policy.js';
import { unitPolicy, type UnitFacts } from './unit.policy.js';

const who = (allowed: (role: NetworkRole) => boolean) => NETWORK_ROLES.filter(allowed);

describe('network policy', () => {
  it('lets only coordinators run the network, and never students browse adults', () => {
    expect(who((role) => networkPolicy.allows({ role }, 'manageMembers'))).toEqual(['COORDINATOR']);
    expect(who((role) => networkPolicy.allows({ role }, 'readAudit'))).toEqual(['COORDINATOR']);
    expect(who((role) => networkPolicy.allows({ role }, 'browseAdults'))).toEqual([
      'COORDINATOR',
      'ADMINISTRATOR',
      'TEACHER',
    ]);
    expect(who((role) => networkPolicy.allows({ role }, 'teach'))).toEqual(['ADMINISTRATOR', 'TEACHER']);
  });

  it('refuses with the sentence of the action', () => {
    expect(() => networkPolicy.assert({ role: 'TEACHER' }, 'readHealth')).toThrow(
      'Only a network coordinator can see the network health.',
    );
  });
});

describe('group policy', () => {
  const group = (f: Partial<GroupFacts>): GroupFacts => ({
    role: 'TEACHER',
    access: 'CLOSED',
    archived: false,
    place: 'NONE',
    ...f,
  });

  it('hides groups from students whatever their place', () => {
    expect(groupPolicy.allows(group({ role: 'STUDENT', place: 'FACILITATOR', access: 'OPEN' }), 'read')).toBe(false);
  });

  it('opens a closed stream to members and coordinators only; a pending request is not membership', () => {
    expect(groupPolicy.allows(group({}), 'readStream')).toBe(false);
    expect(groupPolicy.allows(group({ place: 'PENDING' }), 'readStream')).toBe(false);
    expect(groupPolicy.allows(group({ place: 'MEMBER' }), 'readStream')).toBe(true);
    expect(groupPolicy.allows(group({ role: 'COORDINATOR' }), 'readStream')).toBe(true);
    expect(groupPolicy.allows(group({ access: 'OPEN' }), 'readStream')).toBe(true);
  });

  it('makes an archived group read-only even for its facilitators', () => {
    const f = group({ place: 'FACILITATOR', archived: true });
    expect(groupPolicy.allows(f, 'participate')).toBe(false);
    expect(() => groupPolicy.assert(f, 'participate')).toThrow('This group is archived: it is read-only now.');
    expect(() => groupPolicy.assert(group({ place: 'PENDING' }), 'participate')).toThrow(
      'Join the group to take part.',
    );
  });
});

describe('unit policy', () => {
  const unit = (f: Partial<UnitFacts>): UnitFacts => ({
    role: 'TEACHER',
    status: 'DRAFT',
    author: false,
    groupArchived: false,
    groupName: 'Math Job-Alike',
    friend: false,
    ...f,
  });

  it('lets authors write, critical friends and (when published) every adult read, and nobody else see it', () => {
    expect(unitPolicy.allows(unit({}), 'read')).toBe(false);
    expect(unitPolicy.allows(unit({ friend: true }), 'read')).toBe(true);
    expect(unitPolicy.allows(unit({ friend: true }), 'edit')).toBe(false);
    expect(unitPolicy.allows(unit({ status: 'PUBLISHED' }), 'read')).toBe(true);
    // Readers of a published unit read its published versions, never the authors' working draft.
    expect(unitPolicy.allows(unit({ status: 'PUBLISHED' }), 'readDraft')).toBe(false);
    expect(unitPolicy.allows(unit({ status: 'PUBLISHED', author: true }), 'readDraft')).toBe(true);
    expect(unitPolicy.allows(unit({ friend: true }), 'readDraft')).toBe(true);
    expect(unitPolicy.allows(unit({ author: true }), 'edit')).toBe(true);
    expect(unitPolicy.allows(unit({ role: 'STUDENT', status: 'PUBLISHED', author: true }), 'read')).toBe(false);
  });

  it('takes writing away when the unit or its group is archived, saying which', () => {
    expect(() => unitPolicy.assert(unit({ author: true, status: 'ARCHIVED' }), 'edit')).toThrow(
      'This unit is archived: it is read-only now.',
    );
    expect(() => unitPolicy.assert(unit({ author: true, groupArchived: true }), 'edit')).toThrow(
      'Math Job-Alike is archived: its units are read-only now.',
    );
    expect(() => unitPolicy.assert(unit({ status: 'PUBLISHED' }), 'edit')).toThrow(
      'Only members of Math Job-Alike can change this unit.',
    );
  });
});

describe('exchange policy', () => {
  it('keeps essays for students and results for teachers', () => {
    expect(exchangePolicy.allows({ role: 'STUDENT', place: 'STUDENT', invited: false }, 'write')).toBe(true);
    expect(exchangePolicy.allows({ role: 'STUDENT', place: 'STUDENT', invited: false }, 'teach')).toBe(false);
    expect(exchangePolicy.allows({ role: 'TEACHER', place: 'TEACHER', invited: false }, 'addClasses')).toBe(false);
    expect(exchangePolicy.allows({ role: 'TEACHER', place: 'TEACHER', invited: true }, 'addClasses')).toBe(true);
    expect(exchangePolicy.allows({ role: 'TEACHER', place: 'TEACHER', invited: true }, 'manage')).toBe(false);
  });
});

describe('convening policy', () => {
  const c = (f: Partial<ConveningFacts>): ConveningFacts => ({
    role: 'TEACHER',
    draft: false,
    facilitator: false,
    attendee: false,
    ...f,
  });

  it('hides drafts from all but coordinators and lets attendees write the notes', () => {
    expect(conveningPolicy.allows(c({ draft: true }), 'read')).toBe(false);
    expect(conveningPolicy.allows(c({ role: 'COORDINATOR', draft: true }), 'read')).toBe(true);
    expect(conveningPolicy.allows(c({ role: 'STUDENT' }), 'read')).toBe(false);
    expect(conveningPolicy.allows(c({}), 'editNotes')).toBe(false);
    expect(conveningPolicy.allows(c({ attendee: true }), 'editNotes')).toBe(true);
    expect(conveningPolicy.allows(c({ facilitator: true }), 'checkIn')).toBe(true);
  });
});

describe('conversation policy', () => {
  it('lets only adult participants read and write, and never students, even as participants', () => {
    for (const action of ['read', 'post'] as const) {
      expect(who((role) => conversationPolicy.allows({ role, participant: true }, action))).toEqual([
        'COORDINATOR',
        'ADMINISTRATOR',
        'TEACHER',
      ]);
      expect(who((role) => conversationPolicy.allows({ role, participant: false }, action))).toEqual([]);
    }
    expect(who((role) => conversationPolicy.allows({ role, participant: false }, 'start'))).toEqual([
      'COORDINATOR',
      'ADMINISTRATOR',
      'TEACHER',
    ]);
  });
});

describe('group proposal policy', () => {
  it('lets teachers and principals propose, and only coordinators decide, never their own', () => {
    expect(who((role) => networkPolicy.allows({ role }, 'proposeGroups'))).toEqual(['ADMINISTRATOR', 'TEACHER']);
    expect(who((role) => networkPolicy.allows({ role }, 'configureGroups'))).toEqual(['COORDINATOR']);
    expect(who((role) => proposalPolicy.allows({ role, own: false }, 'decide'))).toEqual(['COORDINATOR']);
    expect(who((role) => proposalPolicy.allows({ role, own: true }, 'decide'))).toEqual([]);
    expect(() => proposalPolicy.assert({ role: 'TEACHER', own: true }, 'decide')).toThrow(
      'You cannot approve your own proposal.',
    );
    expect(who((role) => proposalPolicy.allows({ role, own: true }, 'read'))).toEqual([
      'COORDINATOR',
      'ADMINISTRATOR',
      'TEACHER',
    ]);
    expect(who((role) => proposalPolicy.allows({ role, own: false }, 'read'))).toEqual(['COORDINATOR']);
  });
});
