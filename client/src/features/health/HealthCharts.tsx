import { Stack, Text } from '@mantine/core';
import { BarChart, DonutChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import type { UnitStatus } from '@switchback/shared';
import { UNIT_STATUS_COLORS } from '../units/labels';
import { unitStatusLabel, type Health } from './useNetworkHealth';

/**
 * A chart with its text alternative: the figure is named by a one-sentence summary, and the
 * table that follows each chart on the page holds every number.
 */
function ChartFigure({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <Stack component="figure" gap={4} m={0} role="img" aria-label={summary}>
      {children}
      <Text component="figcaption" size="xs" c="dimmed" aria-hidden="true">
        The table below has the same numbers.
      </Text>
    </Stack>
  );
}

export function MembersBySchoolChart({ health }: { health: Health }) {
  const data = health.members.bySchool.map((s) => ({
    school: s.schoolName ?? 'Network staff',
    Active: s.active,
    'Not active': s.members - s.active,
  }));
  const summary =
    `Active members by school: ` +
    health.members.bySchool.map((s) => `${s.schoolName ?? 'network staff'} ${s.active} of ${s.members}`).join('; ') +
    '.';
  return (
    <ChartFigure summary={summary}>
      <BarChart
        h={Math.max(160, data.length * 48)}
        data={data}
        dataKey="school"
        orientation="vertical"
        type="stacked"
        yAxisProps={{ width: 140 }}
        series={[
          { name: 'Active', color: 'teal.7' },
          { name: 'Not active', color: 'gray.4' },
        ]}
        withLegend
      />
    </ChartFigure>
  );
}

export function GroupActivityChart({ health }: { health: Health }) {
  const top = health.groups.filter((g) => !g.quiet).slice(0, 12);
  if (top.length === 0) return null;
  const data = top.map((g) => ({
    group: g.name,
    Posts: g.posts,
    'Check-ins': g.checkIns,
    'Units edited': g.unitsEdited,
  }));
  const summary =
    'Most active groups: ' +
    top.map((g) => `${g.name} ${g.posts} posts, ${g.checkIns} check-ins, ${g.unitsEdited} units edited`).join('; ') +
    '.';
  return (
    <ChartFigure summary={summary}>
      <BarChart
        h={Math.max(160, data.length * 40)}
        data={data}
        dataKey="group"
        orientation="vertical"
        type="stacked"
        yAxisProps={{ width: 160 }}
        series={[
          { name: 'Posts', color: 'blue.7' },
          { name: 'Check-ins', color: 'teal.7' },
          { name: 'Units edited', color: 'grape.7' },
        ]}
        withLegend
      />
    </ChartFigure>
  );
}

export function UnitStatusChart({ health }: { health: Health }) {
  const slices = health.units.byStatus.filter((s) => s.count > 0);
  if (slices.length === 0) return null;
  const summary = `Units by status: ${health.units.byStatus.map((s) => `${unitStatusLabel(s.status)} ${s.count}`).join(', ')}.`;
  return (
    <ChartFigure summary={summary}>
      <DonutChart
        data={slices.map((s) => ({
          name: unitStatusLabel(s.status),
          value: s.count,
          color: `${UNIT_STATUS_COLORS[s.status as UnitStatus] ?? 'gray'}.6`,
        }))}
        chartLabel={`${health.units.total} units`}
        withLabels
        withLabelsLine
        size={180}
        thickness={28}
      />
    </ChartFigure>
  );
}
