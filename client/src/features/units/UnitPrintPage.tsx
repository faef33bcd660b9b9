import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { UNIT_STATUS_LABELS, type UnitStatus } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader } from '../../components/QueryState';
import { formatDate } from '../../lib/format';
import { useNetwork } from '../network/context';
import { UNIT_STATUS_COLORS, unitGradeBandLabel } from './labels';
import { UnitPrintQuery } from './operations';
import { UnitNotFound } from './UnitNotFound';
import { UnitSections } from './UnitSections';
import './units.css';

/** A clean, printable page of the whole unit. */
export function UnitPrintPage() {
  const { unitId = '' } = useParams();
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(UnitPrintQuery, {
    variables: { id: unitId },
    fetchPolicy: 'network-only',
  });
  const unit = data?.unit;
  if (loading && !unit) return <PageLoader label="Loading the unit…" />;
  if (!unit) return <UnitNotFound error={error} onRetry={() => void refetch()} />;

  const base = `/n/${network.slug}`;
  const status = unit.status as UnitStatus;
  const details = [unit.subject, unitGradeBandLabel(unit.gradeBand)].filter(Boolean).join(' · ');
  const contributors = unit.contributors
    .map((c) => (c.school ? `${c.user.displayName} (${c.school.name})` : c.user.displayName))
    .join(', ');

  return (
    <Stack gap="lg" className="unit-print" maw={800} mx="auto" w="100%">
      <Group justify="space-between" className="no-print" gap="sm">
        <Anchor component={Link} to={`${base}/units/${unit.id}`} size="sm">
          ← Back to the unit
        </Anchor>
        <Button onClick={() => window.print()}>Print</Button>
      </Group>
      <Stack gap={6} component="header">
        <PageTitle documentTitle={`${unit.title} (print)`} className="break-word">
          {unit.title}
        </PageTitle>
        <Group gap="xs">
          {status !== 'PUBLISHED' && (
            <Badge variant="light" color={UNIT_STATUS_COLORS[status]}>
              {UNIT_STATUS_LABELS[status]}
            </Badge>
          )}
          {details && <Text fw={600}>{details}</Text>}
        </Group>
        <Text size="sm">
          {unit.group.name}
          {unit.publishedAt
            ? ` · Published ${formatDate(unit.publishedAt)}`
            : ` · Started ${formatDate(unit.createdAt)}`}
        </Text>
        {unit.forkedFrom && (
          <Text size="sm">
            Adapted from “{unit.forkedFrom.title}” by {unit.forkedFrom.byline}
          </Text>
        )}
        {contributors && <Text size="sm">Written by {contributors}</Text>}
        {unit.summary && <Text className="pre-wrap">{unit.summary}</Text>}
      </Stack>
      <UnitSections sections={unit.sections} />
    </Stack>
  );
}
