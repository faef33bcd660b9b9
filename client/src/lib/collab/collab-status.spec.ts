import { describe, expect, it } from '@jest/globals';
import { collabStatus, collabStatusLabel, type CollabFacts } from './collab-status';

const base: CollabFacts = {
  online: true,
  connected: true,
  joined: true,
  synced: true,
  everSynced: true,
  unsaved: false,
};

describe('collabStatus', () => {
  it('is saved only when joined, in sync and with nothing unacknowledged', () => {
    expect(collabStatus(base)).toBe('saved');
    expect(collabStatus({ ...base, unsaved: true })).toBe('saving');
    expect(collabStatus({ ...base, synced: false })).toBe('reconnecting');
    expect(collabStatus({ ...base, synced: false, everSynced: false })).toBe('connecting');
  });

  it('says offline when the browser is offline, or when a lost connection leaves changes unsaved', () => {
    expect(collabStatus({ ...base, online: false })).toBe('offline');
    expect(collabStatus({ ...base, connected: false, joined: false, synced: false, unsaved: true })).toBe('offline');
    expect(collabStatus({ ...base, joined: false, synced: false })).toBe('reconnecting');
    expect(collabStatus({ ...base, joined: false, synced: false, everSynced: false })).toBe('connecting');
  });

  it('says saving, not offline, when the server is connected but refuses to store changes yet (its database is down)', () => {
    expect(collabStatus({ ...base, joined: false, synced: false, unsaved: true })).toBe('saving');
    expect(collabStatus({ ...base, joined: false, synced: false, everSynced: true, unsaved: false })).toBe(
      'reconnecting',
    );
  });

  it('labels each status in words a teacher understands', () => {
    expect(collabStatusLabel('saved', true)).toBe('Saved');
    expect(collabStatusLabel('saving', true)).toBe('Saving…');
    expect(collabStatusLabel('offline', true)).toBe('Offline — changes kept on this device');
    expect(collabStatusLabel('offline', false)).toBe('Offline — keep this page open to keep your changes');
    expect(collabStatusLabel('reconnecting', true)).toBe('Reconnecting…');
  });

  it('counts the changes kept on this device while offline, and falls back to words when it cannot count', () => {
    expect(collabStatusLabel('offline', true, 1)).toBe('Offline — 1 change kept on this device');
    expect(collabStatusLabel('offline', true, 12)).toBe('Offline — 12 changes kept on this device');
    expect(collabStatusLabel('offline', false, 3)).toBe('Offline — 3 changes not saved: keep this page open');
    expect(collabStatusLabel('offline', true, 0)).toBe('Offline — changes kept on this device');
    expect(collabStatusLabel('saving', true, 4)).toBe('Saving…');
  });
});
