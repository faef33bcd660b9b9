/**
 * The client's own query documents for the benchmarked pages, as the browser sends them: read from
 * the generated client/src/gql/graphql.ts (codegen's DocumentNodes, fragments included) and printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';

const GQL = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../client/src/gql/graphql.ts');

/** `name` → the printed document of the client's `<name>Document`. */
export function clientQueries(names) {
  const source = fs.readFileSync(GQL, 'utf8');
  return Object.fromEntries(
    names.map((name) => {
      const m = source.match(new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as`, 'm'));
      if (!m) throw new Error(`No ${name}Document in ${GQL}`);
      return [name, print(JSON.parse(m[1]))];
    }),
  );
}

/** Each page: the queries the browser sends to show it (the same order), with their variables. */
export function pages(data) {
  return [
    {
      key: 'group',
      line: 'group page',
      queries: [
        ['GroupPage', { id: data.groupId }],
        ['GroupStream', { id: data.groupId, first: 20, activityFirst: 30 }],
      ],
    },
    {
      key: 'home',
      line: 'teacher home (group sections + classes)',
      queries: [
        ['HomeGroups', { networkId: data.networkId, myGroupsFirst: 50 }],
        ['TeacherClasses', { networkId: data.networkId }],
      ],
    },
    {
      key: 'unit',
      line: 'unit page',
      queries: [
        ['UnitPage', { id: data.unitId }],
        ['UnitComments', { id: data.unitId }],
      ],
    },
    {
      key: 'results',
      line: 'exchange results page',
      queries: [['ExchangeResults', { exchangeId: data.exchangeId }]],
    },
  ];
}
