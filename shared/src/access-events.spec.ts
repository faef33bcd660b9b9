import { describe, expect, it } from '@jest/globals';
import { parseAccessChange } from './access-events.js';

describe('parseAccessChange', () => {
  it('keeps well-formed changes', () => {
    for (const change of [
      { kind: 'user', userId: 'u1' },
      { kind: 'document-owner', ownerIds: ['a', 'b'] },
      { kind: 'group', groupId: 'g' },
      { kind: 'network', networkId: 'n' },
      { kind: 'session-revoked', userId: 'u1' },
      { kind: 'session-revoked', userId: 'u1', sessionId: 's' },
    ])
      expect(parseAccessChange(change)).toEqual(change);
  });

  it('refuses anything else', () => {
    for (const bad of [
      null,
      'user',
      { kind: 'user' },
      { kind: 'user', userId: 3 },
      { kind: 'document-owner', ownerIds: 'a' },
      { kind: 'document-owner', ownerIds: [1] },
      { kind: 'session-revoked', userId: 'u', sessionId: 5 },
      { kind: 'everything' },
      { kind: 'user', userId: 'x'.repeat(65) },
    ])
      expect(parseAccessChange(bad)).toBeNull();
  });

  it('drops unknown fields', () => {
    expect(parseAccessChange({ kind: 'group', groupId: 'g', extra: 1 })).toEqual({ kind: 'group', groupId: 'g' });
  });
});
