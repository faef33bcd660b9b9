import { describe, expect, it } from '@jest/globals';
import { NETWORK_ROLES, type NetworkRole } from '@switchback/shared';
import { mediaPolicy, type MediaFacts } from './media.policy.js';

const who = (facts: Omit<MediaFacts, 'role'>, action: 'view' | 'upload' | 'delete') =>
  NETWORK_ROLES.filter((role: NetworkRole) => mediaPolicy.allows({ role, ...facts }, action));

describe('media policy', () => {
  it('lets adults the owner names watch and upload, and never a student, whatever the owner says', () => {
    const all = { view: true, upload: true, uploader: true };
    expect(who(all, 'view')).toEqual(['COORDINATOR', 'ADMINISTRATOR', 'TEACHER']);
    expect(who(all, 'upload')).toEqual(['COORDINATOR', 'ADMINISTRATOR', 'TEACHER']);
    expect(who(all, 'delete')).toEqual(['COORDINATOR', 'ADMINISTRATOR', 'TEACHER']);
    expect(who({ view: false, upload: false, uploader: false }, 'view')).toEqual([]);
  });

  it('lets the uploader or whoever may upload delete, and tells a watcher why not', () => {
    expect(who({ view: true, upload: false, uploader: true }, 'delete')).toEqual([
      'COORDINATOR',
      'ADMINISTRATOR',
      'TEACHER',
    ]);
    expect(who({ view: true, upload: false, uploader: false }, 'delete')).toEqual([]);
    // An uploader the owner no longer lets watch (e.g. removed from the cycle) cannot delete either.
    expect(who({ view: false, upload: false, uploader: true }, 'delete')).toEqual([]);
    expect(() => mediaPolicy.assert({ role: 'TEACHER', view: true, upload: false, uploader: false }, 'delete')).toThrow(
      'Only the person who uploaded this recording can delete it.',
    );
  });
});
