import type { ReactNode } from 'react';
import { Grid, Stack, Tabs } from '@mantine/core';
import { useUrlParam } from '../../lib/useUrlParam';
import type { LessonStudyFieldsFragment } from '../../gql/graphql';

/** The parts other features mount on a cycle's page; a tab shows only when its part is given. */
export interface LessonStudyRegions {
  /** Recordings and observation notes (lib/media, observation-notes). */
  recordings?: (cycle: LessonStudyFieldsFragment) => ReactNode;
  /** The debrief protocol (lesson-study/debrief). */
  debrief?: (cycle: LessonStudyFieldsFragment) => ReactNode;
  /** The shared record of a closed cycle. */
  record?: (cycle: LessonStudyFieldsFragment) => ReactNode;
}

const TABS = [
  { value: 'recordings', label: 'Recordings & notes' },
  { value: 'debrief', label: 'Debrief' },
  { value: 'record', label: 'Record' },
] as const;

export interface LessonStudyLayoutProps {
  cycle: LessonStudyFieldsFragment;
  header: ReactNode;
  /** Phases and people, beside the tabs on wide screens and above them on a phone. */
  aside: ReactNode;
  plan: ReactNode;
  regions?: LessonStudyRegions;
}

/** A cycle's page: header, the phases and people, and tabs "Plan", then whichever regions are mounted. */
export function LessonStudyLayout({ cycle, header, aside, plan, regions = {} }: LessonStudyLayoutProps) {
  const mounted = TABS.filter((t) => regions[t.value]);
  const [tab, setTab] = useUrlParam('tab');
  const current = mounted.some((t) => t.value === tab) ? tab : 'plan';
  return (
    <Stack gap="lg">
      {header}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">{aside}</Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Tabs value={current} onChange={(v) => setTab(v === 'plan' || !v ? '' : v)} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="plan">Plan</Tabs.Tab>
              {mounted.map((t) => (
                <Tabs.Tab key={t.value} value={t.value}>
                  {t.label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="plan" pt="md">
              {plan}
            </Tabs.Panel>
            {mounted.map((t) => (
              <Tabs.Panel key={t.value} value={t.value} pt="md">
                {regions[t.value]?.(cycle)}
              </Tabs.Panel>
            ))}
          </Tabs>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
