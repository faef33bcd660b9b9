import { Badge, Stack, Table, Text } from '@mantine/core';
import { ScrollTable } from '../../../components/ScrollTable';
import type { CalibrationResultsFieldsFragment } from '../../../gql/graphql';

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);
const points = (x: number | null) => (x === null ? '—' : `${Math.round(x * 10) / 10}`);

/**
 * Calibration in a teacher's results: each reviewer's accuracy, and each essay's received scores
 * as a plain mean and a mean weighted by the reviewers' accuracy, outliers marked.
 */
export function CalibrationResultsSection({
  calibration,
  maxScore,
}: {
  calibration: CalibrationResultsFieldsFragment;
  maxScore: number;
}) {
  return (
    <Stack gap="md">
      <Text size="sm">
        How the weighted mean works: each student scored {calibration.anchorCount} example essays before reviewing.
        Their accuracy (100 % = every level the teachers agreed) weights their reviews, so an essay’s weighted mean
        leans towards its most accurate reviewers; reviewers with no accuracy count half. A score far from what the
        other reviewers gave is marked as an outlier.
      </Text>
      <ScrollTable label="Accuracy of reviewers" minWidth={480}>
        <Table verticalSpacing="xs" striped>
          <Table.Caption>Accuracy of reviewers on the example essays</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Reviewer</Table.Th>
              <Table.Th scope="col">Example essays scored</Table.Th>
              <Table.Th scope="col">Accuracy</Table.Th>
              <Table.Th scope="col">Calibrated</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {calibration.reviewers.map((r) => (
              <Table.Tr key={r.label}>
                <Table.Th scope="row" fw={r.isMine ? 600 : 400}>
                  {r.label}
                </Table.Th>
                <Table.Td>
                  {r.essaysScored} of {calibration.anchorCount}
                </Table.Td>
                <Table.Td>{percent(r.accuracy)}</Table.Td>
                <Table.Td>{r.calibrated ? 'Yes' : 'Not yet'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <ScrollTable label="Scores received, weighted by accuracy" minWidth={560}>
        <Table verticalSpacing="xs" striped>
          <Table.Caption>Scores each essay received (out of {maxScore}), plain and weighted</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Writer</Table.Th>
              <Table.Th scope="col">Scores received</Table.Th>
              <Table.Th scope="col">Mean</Table.Th>
              <Table.Th scope="col">Weighted mean</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {calibration.essays.map((e) => (
              <Table.Tr key={e.label}>
                <Table.Th scope="row" fw={e.isMine ? 600 : 400}>
                  {e.label}
                </Table.Th>
                <Table.Td>
                  {e.scores.length === 0
                    ? 'None yet'
                    : e.scores.map((s, i) => (
                        <Text span size="sm" key={`${s.reviewerLabel}-${i}`}>
                          {i > 0 && ', '}
                          {points(s.score)} by {s.reviewerLabel} ({percent(s.accuracy)})
                          {s.outlier && (
                            <Badge color="orange" variant="light" size="sm" ml={4}>
                              Outlier
                            </Badge>
                          )}
                        </Text>
                      ))}
                </Table.Td>
                <Table.Td>{points(e.mean)}</Table.Td>
                <Table.Td>{points(e.weightedMean)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
