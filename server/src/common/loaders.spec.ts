import { describe, expect, it } from '@jest/globals';
import { manyEach, oneEach } from './loaders.js';

describe('loader helpers', () => {
  const rows = [
    { id: 'p1', groupId: 'b' },
    { id: 'p2', groupId: 'a' },
    { id: 'p3', groupId: 'b' },
  ];

  it('groups rows by key in the order of the keys, keeping row order, with [] for keys without rows', () => {
    expect(manyEach(['a', 'b', 'c'], rows, (r) => r.groupId)).toEqual([[rows[1]], [rows[0], rows[2]], []]);
  });

  it('matches one row per key, null where missing', () => {
    expect(oneEach(['p3', 'x', 'p1'], rows, (r) => r.id)).toEqual([rows[2], null, rows[0]]);
  });

  it('groups 20,000 rows under one key in one pass', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: i, key: 'k' }));
    const [list] = manyEach(['k'], many, (r) => r.key);
    expect(list).toHaveLength(20_000);
    expect(list?.[19_999]?.id).toBe(19_999);
  });
});
