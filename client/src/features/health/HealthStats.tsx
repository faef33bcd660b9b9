import { Paper, SimpleGrid, Text } from '@mantine/core';
import { plural } from '../../lib/format';
import { percentText, type Health } from './useNetworkHealth';

interface Stat {
  label: string;
  value: string;
  detail: string;
}

export function headlineStats(health: Health): Stat[] {
  const groups = health.groups.length;
  const reviewsAssigned = health.exchanges.reduce((n, x) => n + x.reviewsAssigned, 0);
  const reviewsDone = health.exchanges.reduce((n, x) => n + x.reviewsCompleted, 0);
  const students = health.exchanges.reduce((n, x) => n + x.studentsEnrolled, 0);
  const essays = health.exchanges.reduce((n, x) => n + x.essaysSubmitted, 0);
  return [
    {
      label: 'Active members',
      value: percentText(health.members.percentActive),
      detail: `${health.members.active} of ${plural(health.members.members, 'member')}`,
    },
    {
      label: 'Active groups',
      value: String(groups - health.quietGroups),
      detail: `of ${plural(groups, 'group')}; ${health.quietGroups} quiet`,
    },
    {
      label: 'Isolated members',
      value: String(health.isolated.count),
      detail: 'teachers and principals in no active group',
    },
    {
      label: 'Cross-school units',
      value: String(health.units.crossSchool),
      detail: `of ${plural(health.units.total, 'unit')}`,
    },
    {
      label: 'Peer-feedback exchanges',
      value: String(health.exchanges.length),
      detail: `${essays} essays from ${plural(students, 'student')}; ${reviewsDone} of ${plural(reviewsAssigned, 'review')} done`,
    },
    {
      label: 'Convening attendance',
      value: String(health.convenings.reduce((n, c) => n + c.attendees, 0)),
      detail: `people checked in at ${plural(health.convenings.length, 'convening')}; ${health.convenings.reduce((n, c) => n + c.going, 0)} registered going`,
    },
  ];
}

/** The headline numbers as cards: a term and its value, readable in order by a screen reader. */
export function HealthStats({ health }: { health: Health }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" m={0} className="health-stats">
      {headlineStats(health).map((s) => (
        <Paper key={s.label} withBorder radius="md" p="sm" className="health-stat">
          <Text component="dt" size="sm" fw={600}>
            {s.label}
          </Text>
          <Text component="dd" m={0} fz={28} fw={800} lh={1.2}>
            {s.value}
          </Text>
          <Text component="dd" m={0} size="sm" c="dimmed">
            {s.detail}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
