import { Alert, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ScrollTable } from '../../components/ScrollTable';
import { plural } from '../../lib/format';
import { alphaMeaning, alphaText, cellName, cellsToAgree, levelLabel, percent, type Round } from './agreement';
import { AgreedCells } from './AgreedCells';
import { AgreementCells } from './AgreementTableParts';
import { AgreeForm } from './AgreeForm';
import { CellThread } from './CellThread';
import { EssayScores } from './EssayScores';
import { SpreadChart } from './SpreadChart';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Card withBorder padding="sm" role="group" aria-label={label}>
      <Text size="sm" aria-hidden="true">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}

/** After the reveal: the agreement figures, the spread chart, the disputed cells and the agreed scores. */
export function AgreementPanel({ round }: { round: Round }) {
  const agreement = round.agreement;
  if (!agreement) return <Text>The agreement figures are not ready yet. Reload the page in a moment.</Text>;
  const { overall } = agreement;
  const criterionOf = (id: string) => round.rubric.criteria.find((c) => c.id === id);
  const essayOf = (id: string) => round.essays.find((e) => e.id === id);
  const left = cellsToAgree(round);

  return (
    <Stack gap="xl">
      <Section id="calibration-agreement" title="How far we agree">
        <Text size="sm">
          {round.finishedRaterCount} of {plural(round.raterCount, 'teacher')} scored every essay. Exact agreement is the
          share of pairs of teachers who chose the same level; adjacent, within one level. Krippendorff&rsquo;s alpha
          corrects for chance: 1 is perfect agreement, 0.8 or more is reliable, 0 is no better than chance.
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <Figure label="Krippendorff's alpha" value={alphaText(overall.alpha)} hint={alphaMeaning(overall.alpha)} />
          <Figure label="Exact agreement" value={percent(overall.exact)} hint="same level" />
          <Figure label="Adjacent agreement" value={percent(overall.adjacent)} hint="within one level" />
        </SimpleGrid>
        <ScrollTable label="Agreement per criterion and per essay" minWidth={420}>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Caption>Agreement per criterion and per essay.</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Scored</Table.Th>
                <Table.Th scope="col">Alpha</Table.Th>
                <Table.Th scope="col">Exact</Table.Th>
                <Table.Th scope="col">Adjacent</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreement.byCriterion.map((c) => (
                <Table.Tr key={c.criterionId}>
                  <Table.Th scope="row">{criterionOf(c.criterionId)?.title ?? 'Criterion'}</Table.Th>
                  <AgreementCells alpha={c.alpha} exact={c.exact} adjacent={c.adjacent} />
                </Table.Tr>
              ))}
              {[...agreement.byEssay]
                .sort((a, b) => (essayOf(a.essayId)?.position ?? 0) - (essayOf(b.essayId)?.position ?? 0))
                .map((e) => (
                  <Table.Tr key={e.essayId}>
                    <Table.Th scope="row">Essay {essayOf(e.essayId)?.position ?? '?'}</Table.Th>
                    <AgreementCells alpha={e.alpha} exact={e.exact} adjacent={e.adjacent} />
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Section>

      <Section id="calibration-spread" title="Spread of scores">
        <SpreadChart round={round} />
      </Section>

      <Section id="calibration-disputed" title="Most disagreement">
        {agreement.disputed.length === 0 ? (
          <Text>Everyone chose the same level everywhere: nothing to discuss.</Text>
        ) : (
          <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {agreement.disputed.map((cell) => {
              const criterion = criterionOf(cell.criterionId);
              const essay = essayOf(cell.essayId);
              const label = cellName(round, cell.essayId, cell.criterionId);
              const headingId = `disputed-${cell.essayId}-${cell.criterionId}`;
              const agreed = essay?.agreed.find((a) => a.criterionId === cell.criterionId);
              return (
                <Card component="li" withBorder padding="md" key={headingId} aria-labelledby={headingId}>
                  <Stack gap="sm">
                    <Title order={3} size="h4" id={headingId}>
                      {label}
                    </Title>
                    <Text size="sm">
                      {cell.min !== null && cell.max !== null && cell.min !== cell.max
                        ? `Scores ranged from ${levelLabel(criterion, cell.min)} to ${levelLabel(criterion, cell.max)}: ${plural(cell.spread, 'level')} apart.`
                        : 'Everyone chose the same level.'}{' '}
                      {criterion?.levels
                        .map((l) => ({ l, n: cell.counts.find((c) => c.points === l.points)?.count ?? 0 }))
                        .filter(({ n }) => n > 0)
                        .map(({ l, n }) => `${l.label}: ${plural(n, 'teacher')}`)
                        .join(' · ')}
                    </Text>
                    {agreed && (
                      <Text size="sm" fw={600}>
                        Agreed: {levelLabel(criterion, agreed.points)}. {agreed.rationale}
                      </Text>
                    )}
                    <CellThread cell={cell} label={label} canComment={round.status === 'REVEALED'} />
                    {round.canFacilitate && round.status === 'REVEALED' && criterion && essay && (
                      <Card withBorder padding="sm" bg="gray.0">
                        <AgreeForm essay={essay} criterion={criterion} />
                      </Card>
                    )}
                  </Stack>
                </Card>
              );
            })}
          </Stack>
        )}
      </Section>

      <Section id="calibration-agreed" title="Agreed scores">
        {round.status === 'REVEALED' && (
          <Group>
            <Text size="sm" role="status">
              {left === 0
                ? 'Every cell has an agreed score.'
                : `${plural(left, 'cell')} still to agree. When every essay has an agreed score on every criterion, the essays become anchor papers of the rubric.`}
            </Text>
          </Group>
        )}
        {round.status === 'AGREED' && (
          <Alert color="green" variant="light">
            These essays are now anchor papers of {round.rubric.title}.
          </Alert>
        )}
        <AgreedCells round={round} />
      </Section>

      <Section id="calibration-essays" title="Every teacher's scores">
        <EssayScores round={round} />
      </Section>
    </Stack>
  );
}
