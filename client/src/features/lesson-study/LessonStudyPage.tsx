import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useNetwork, useViewerTimeZone } from '../network/context';
import { LessonStudyLayout } from './LessonStudyLayout';
import { CycleHeader, CyclePlan } from './CyclePieces';
import { OpenClassPanel } from './OpenClassPanel';
import { LessonStudyQuery } from './operations';
import { PeoplePanel } from './PeoplePanel';
import { PhaseStepper } from './PhaseStepper';
import { REGIONS } from './regions';
import { useCycleQuery } from './useCycleQuery';
// Mantine's styles of the page's components beyond the first screens (opened from a link, the page
// had no Tabs, Grid or Checkbox styles).
import '../../components/lazy-styles';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Grid.css';
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/VisuallyHidden.css';

/** One lesson-study cycle: its phases and dates, people, look-for points, the live plan and its versions. */
export function LessonStudyPage() {
  const { network, viewer } = useNetwork();
  const timeZone = useViewerTimeZone();
  const { cycle, fallback } = useCycleQuery(LessonStudyQuery, {
    why: 'This lesson study does not exist, or you do not take part in it or its group.',
    back: { to: `/n/${network.slug}/groups`, label: 'Back to the groups' },
  });
  if (!cycle) return fallback;

  const header = (
    <CycleHeader
      cycle={cycle}
      context={
        <>
          A lesson study of{' '}
          <Anchor component={Link} to={`/n/${network.slug}/groups/${cycle.group.id}`}>
            {cycle.group.name}
          </Anchor>
          {cycle.unit && (
            <>
              {' '}
              beside the unit{' '}
              <Anchor component={Link} to={`/n/${network.slug}/units/${cycle.unit.id}`}>
                {cycle.unit.name}
              </Anchor>
            </>
          )}
        </>
      }
    />
  );

  return (
    <LessonStudyLayout
      cycle={cycle}
      header={header}
      aside={
        <>
          <PhaseStepper cycle={cycle} timeZone={timeZone} />
          <PeoplePanel cycle={cycle} />
          <OpenClassPanel cycle={cycle} timeZone={timeZone} />
        </>
      }
      plan={<CyclePlan cycle={cycle} user={{ id: viewer.id, name: viewer.displayName }} timeZone={timeZone} />}
      regions={REGIONS}
    />
  );
}
