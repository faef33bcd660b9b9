import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { formatDate } from '../../lib/format';
import { useNetwork } from '../network/context';
import { headlineStats } from './HealthStats';
import { MentoringHealthQuery } from '../mentoring/operations';
import { lessonStudyRows } from './LessonStudyHealth';
import { periodLabel, periodVariables } from './period';
import { percentText, unitStatusLabel, useNetworkHealth, type Health } from './useNetworkHealth';
import { usePeriod } from './usePeriod';
import '../../components/lazy-styles';
import './health.css';

function SmallTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <Table withTableBorder verticalSpacing={2} horizontalSpacing="xs" fz="sm" className="health-print-table">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {head.map((h, i) => (
            <Table.Th key={h} scope="col" ta={i === 0 ? undefined : 'right'}>
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={String(r[0])}>
            {r.map((v, i) =>
              i === 0 ? (
                <Table.Th key={i} scope="row" fw={500}>
                  {v}
                </Table.Th>
              ) : (
                <Table.Td key={i} ta="right">
                  {v}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface MentoringFigures {
  activePairs: number;
  meetings: number;
  pairsMet: number;
}

function Summary({ health, period, mentoring }: { health: Health; period: string; mentoring?: MentoringFigures }) {
  const groups = health.groups.slice(0, 5);
  return (
    <Stack gap="sm" className="health-print">
      <Stack gap={0} component="header">
        <PageTitle documentTitle={`${health.networkName}: network health (print)`}>{health.networkName}</PageTitle>
        <Text fw={600}>Network health · {period}</Text>
      </Stack>
      <dl className="health-print-stats">
        {headlineStats(health).map((s) => (
          <div key={s.label}>
            <dt>{s.label}</dt>
            <dd className="health-print-value">{s.value}</dd>
            <dd>{s.detail}</dd>
          </div>
        ))}
      </dl>
      <div className="health-print-grid">
        <SmallTable
          caption="Members by school"
          head={['School', 'Members', 'Active', '%']}
          rows={health.members.bySchool.map((s) => [
            s.schoolName ?? 'Network staff',
            s.members,
            s.active,
            percentText(s.percentActive),
          ])}
        />
        <SmallTable
          caption="Units"
          head={['Status', 'Units']}
          rows={[
            ...health.units.byStatus.map((s) => [unitStatusLabel(s.status), s.count]),
            ['Written across schools', health.units.crossSchool],
          ]}
        />
        {groups.length > 0 && (
          <SmallTable
            caption={`Most active groups (${groups.length} of ${health.groups.length})`}
            head={['Group', 'Posts', 'Check-ins', 'Units edited']}
            rows={groups.map((g) => [g.name, g.posts, g.checkIns, g.unitsEdited])}
          />
        )}
        {health.exchanges.length > 0 && (
          <SmallTable
            caption="Peer-feedback exchanges"
            head={['Exchange', 'Students', 'Essays', 'Reviews done']}
            rows={health.exchanges.map((x) => [
              x.title,
              x.studentsEnrolled,
              `${x.essaysSubmitted} (${percentText(x.submissionPercent)})`,
              `${x.reviewsCompleted}/${x.reviewsAssigned} (${percentText(x.reviewPercent)})`,
            ])}
          />
        )}
        {health.convenings.length > 0 && (
          <SmallTable
            caption="Convenings"
            head={['Convening', 'Going', 'Attended', 'Seats checked in']}
            rows={health.convenings.map((c) => [
              c.title,
              c.going,
              `${c.attendees} (${percentText(c.turnoutPercent)})`,
              `${c.checkIns}/${c.seatsConfirmed} (${percentText(c.attendancePercent)})`,
            ])}
          />
        )}
        <SmallTable
          caption="Lesson studies and mentoring"
          head={['Measure', 'Count']}
          rows={[
            ...lessonStudyRows(health),
            ...(mentoring
              ? [
                  ['Active mentoring pairs', mentoring.activePairs],
                  ['Mentoring meetings logged', mentoring.meetings],
                  ['Active pairs that met', mentoring.pairsMet],
                ]
              : []),
          ]}
        />
      </div>
      <Text size="xs">
        Active: signed in, posted, checked in, edited or commented on a unit, wrote or reviewed an essay, or registered
        for or attended a convening in the period. Student figures are counts only. Prepared{' '}
        {formatDate(health.generatedAt)} with Switchback.
      </Text>
    </Stack>
  );
}

/** A one-page summary for funders and school boards: headline numbers and small tables, print-ready. */
export function HealthPrintPage() {
  const { network } = useNetwork();
  const controls = usePeriod();
  const { health, loading, error, refetch } = useNetworkHealth(controls);
  const period = periodVariables(controls.period);
  const { data: mentoring } = useQuery(MentoringHealthQuery, {
    variables: { networkId: network.id, from: period?.from ?? '', to: period?.to ?? '' },
    skip: !period,
  });
  const back = `/n/${network.slug}/health${controls.search}`;
  return (
    <Stack gap="md" maw={820} mx="auto" w="100%">
      <Group justify="space-between" className="no-print" gap="sm">
        <Anchor component={Link} to={back} size="sm">
          ← Back to network health
        </Anchor>
        <Button onClick={() => window.print()} disabled={!health}>
          Print
        </Button>
      </Group>
      {health ? (
        <Summary health={health} period={periodLabel(controls.period)} mentoring={mentoring?.mentoringHealth} />
      ) : loading ? (
        <PageLoader label="Counting…" />
      ) : (
        <Stack>
          <Title order={1} size="h2">
            Network health
          </Title>
          <QueryError error={error} onRetry={() => void refetch()} />
        </Stack>
      )}
    </Stack>
  );
}
