import { Table } from '@mantine/core';
import { alphaText, percent, type Criterion } from './agreement';

/** A score table's header row: the row heading's column, then one column per rubric criterion. */
export function CriteriaHead({
  first,
  criteria,
}: {
  first: string;
  criteria: readonly Pick<Criterion, 'id' | 'title'>[];
}) {
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col">{first}</Table.Th>
        {criteria.map((c) => (
          <Table.Th scope="col" key={c.id}>
            {c.title}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/** Alpha, exact and adjacent agreement as three cells, in that order. */
export function AgreementCells({
  alpha,
  exact,
  adjacent,
}: {
  alpha: number | null;
  exact: number | null;
  adjacent: number | null;
}) {
  return (
    <>
      <Table.Td>{alphaText(alpha)}</Table.Td>
      <Table.Td>{percent(exact)}</Table.Td>
      <Table.Td>{percent(adjacent)}</Table.Td>
    </>
  );
}
