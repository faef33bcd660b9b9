import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { formatDateTime } from '../../lib/format';
import { useNetwork } from '../network/context';
import { GroupActivityChart, MembersBySchoolChart, UnitStatusChart } from './HealthCharts';
import { HealthPeriodPicker } from './HealthPeriodPicker';
import { HealthStats } from './HealthStats';
import { LessonStudyFigures } from './LessonStudyHealth';
import {
  ConveningsTable,
  CrossSchoolUnitsTable,
  ExchangesTable,
  GroupsTable,
  IsolatedTable,
  MembersTable,
  UnitsTable,
} from './HealthTables';
import { periodLabel, periodVariables } from './period';
import { MentoringHealthSection } from '../mentoring/MentoringHealthSection';
import { CalibrationHealth } from '../calibration/CalibrationHealth';
import { useNetworkHealth } from './useNetworkHealth';
import { usePeriod } from './usePeriod';
import './health.css';

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

/** Coordinators: how alive the network is over a period, with charts, tables, CSV and a print view. */
export function NetworkHealthPage() {
  const { network } = useNetwork();
  const controls = usePeriod();
  const { health, loading, error, fieldErrors, refetch, csvHref } = useNetworkHealth(controls);
  const base = `/n/${network.slug}`;
  const label = periodLabel(controls.period);
  const periodProblem = Object.keys(fieldErrors).length > 0;

  return (
    <Stack gap="lg">
      <PageTitle>Network health</PageTitle>
      <Text size="sm" c="dimmed">
        Who took part, which groups worked, who may be isolated, and what the network wrote and reviewed. A member
        counts as active when they signed in, posted or checked in, edited or commented on a unit, wrote or reviewed an
        essay, or registered for or attended a convening in the period.
      </Text>
      <Group justify="space-between" align="flex-end" gap="sm">
        <HealthPeriodPicker controls={controls} serverErrors={fieldErrors} />
        <Group gap="xs" className="no-print">
          {csvHref && (
            <Button component="a" href={csvHref} variant="default" download>
              Download CSV
            </Button>
          )}
          <Button component={Link} to={`${base}/health/print${controls.search}`}>
            Printable summary
          </Button>
        </Group>
      </Group>
      {label && (
        <Text fw={600} role="status" aria-live="polite">
          {label}
        </Text>
      )}
      {!health && loading ? (
        <PageLoader label="Counting…" />
      ) : !health ? (
        error && !periodProblem ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <Text>Choose the days of the period.</Text>
        )
      ) : (
        <>
          <HealthStats health={health} />
          <Section id="health-members" title="Active members by school and role">
            <MembersBySchoolChart health={health} />
            <MembersTable health={health} />
          </Section>
          <Section id="health-groups" title="Groups by activity">
            {health.groups.length === 0 ? (
              <Text>No group existed in this period.</Text>
            ) : (
              <>
                <GroupActivityChart health={health} />
                <GroupsTable health={health} />
              </>
            )}
          </Section>
          <Section id="health-isolated" title="Isolated members">
            <IsolatedTable health={health} />
            <Anchor component={Link} to={`${base}/isolated`} size="sm" className="no-print">
              Help them find a group
            </Anchor>
          </Section>
          <Section id="health-units" title="Units and cross-school co-authorship">
            <UnitStatusChart health={health} />
            <UnitsTable health={health} />
            <CrossSchoolUnitsTable health={health} />
          </Section>
          <Section id="health-exchanges" title="Peer-feedback exchanges">
            <ExchangesTable health={health} />
          </Section>
          <Section id="health-convenings" title="Convening registration and attendance">
            <ConveningsTable health={health} />
          </Section>
          <Section id="health-lesson-studies" title="Lesson studies">
            <LessonStudyFigures health={health} />
          </Section>
          <MentoringHealthSection period={periodVariables(controls.period)} />
          <CalibrationHealth history={health.calibration} />
          <Text size="xs" c="dimmed">
            Counted {formatDateTime(health.generatedAt)}.
          </Text>
        </>
      )}
    </Stack>
  );
}
