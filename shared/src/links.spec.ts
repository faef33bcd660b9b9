import { describe, expect, it } from '@jest/globals';
import { appPathFor, LINK_KINDS, linkKindsOfPath, parseShortLink, shortLinkPath, type LinkKindName } from './links.js';
import { safeNextPath } from './sign-in-form.js';

describe('short links', () => {
  it('round-trip through parseShortLink and are followed after sign-in', () => {
    for (const kind of Object.keys(LINK_KINDS) as LinkKindName[]) {
      const path = shortLinkPath(kind, '0b7f0c9e-3d1a-4c55-9d77-2f1e8a6b1c00');
      expect(parseShortLink(path)).toEqual({ kind, id: '0b7f0c9e-3d1a-4c55-9d77-2f1e8a6b1c00' });
      expect(safeNextPath(path)).toBe(path);
    }
    expect(parseShortLink('/go/nothing/1')).toBeNull();
    expect(parseShortLink('/go/unit/')).toBeNull();
    expect(parseShortLink('/go/constructor/1')).toBeNull();
  });

  it('build app paths that match their own route pattern', () => {
    const t = { slug: 'nw-rise', id: 'x1', parentId: 'p1' };
    for (const kind of Object.keys(LINK_KINDS) as LinkKindName[]) {
      const path = appPathFor(kind, t).split('#')[0]!;
      expect(linkKindsOfPath(path)).toContain(kind);
    }
    expect(appPathFor('session', t)).toBe('/n/nw-rise/convenings/p1/sessions/x1');
    expect(appPathFor('post', t)).toBe('/n/nw-rise/groups/p1#post-x1');
    expect(appPathFor('review', t)).toBe('/n/nw-rise/exchanges/p1/reviews/x1');
    expect(linkKindsOfPath('/convenings/x1')).toEqual([]);
  });
});
