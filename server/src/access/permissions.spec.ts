import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../config/config.js';
import { buildSchema } from 'graphql';
import { OPERATIONS } from './operations.js';
import { operationCells, permissionsMarkdown, POLICIES, publicOperations } from './permissions.js';

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

  it('names the policy action of every GraphQL operation the schema has, and only those', () => {
    const schema = buildSchema(fs.readFileSync(path.join(REPO_ROOT, 'server', 'schema.gql'), 'utf8'));
    const ops = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) => Object.keys(t.getFields()));
    expect(Object.keys(OPERATIONS).sort()).toEqual(ops.sort());
    for (const ref of Object.values(OPERATIONS)) expect(operationCells(ref)).toHaveLength(4);
  });

  it('calls public exactly the operations marked @Public()', () => {
    const declared = Object.entries(OPERATIONS)
      .filter(([, ref]) => ref === 'public')
      .map(([op]) => op)
      .sort();
    expect(declared).toEqual(publicOperations().graphql);
  });
});
