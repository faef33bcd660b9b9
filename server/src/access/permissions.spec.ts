import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../config/config.js';
import { permissionsMarkdown, POLICIES } from './permissions.js';

describe('docs/permissions.md', () => {
  it('is what the policy tables generate (run `npm run permissions:generate` after changing a policy)', () => {
    const committed = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'permissions.md'), 'utf8');
    expect(committed).toBe(permissionsMarkdown());
  });

  it('gives every action a sentence for the people it refuses and at least one rule', () => {
    for (const policy of POLICIES) {
      for (const [name, action] of Object.entries(policy.actions)) {
        expect({ name, rules: action.allow.length > 0, denied: !!action.denied }).toEqual({
          name,
          rules: true,
          denied: true,
        });
      }
    }
  });
});
