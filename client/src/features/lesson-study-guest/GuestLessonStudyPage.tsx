import { Anchor, AppShell, Group } from '@mantine/core';
import { Link, Navigate, useLocation } from 'react-router';
import { Brand } from '../../components/Brand';
import { PageLoader, QueryError } from '../../components/QueryState';
import { useLiveConnection } from '../../lib/live';
import { homePath, useViewer, type Viewer } from '../auth/session';
import { LessonStudyLayout } from '../lesson-study/LessonStudyLayout';
import { CycleHeader, CyclePlan } from '../lesson-study/CyclePieces';
import { PeoplePanel } from '../lesson-study/PeoplePanel';
import { PhaseStepper } from '../lesson-study/PhaseStepper';
import { REGIONS } from '../lesson-study/regions';
import { useCycleQuery } from '../lesson-study/useCycleQuery';
import { GuestViewerContext } from '../network/context';
import { GuestLessonStudyQuery } from './operations';

/**
 * A lesson study seen by its knowledgeable other from another network (`/guest/lesson-studies/:id`):
 * no network layout (they have no membership there), nothing of the host network but the cycle's
 * own pieces — no navigation, no link to its group, unit, people or open class.
 */
export function GuestLessonStudyPage() {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  if (loading) return <PageLoader />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!viewer)
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return (
    <GuestViewerContext.Provider value={viewer}>
      <GuestShell viewer={viewer} />
    </GuestViewerContext.Provider>
  );
}

function GuestShell({ viewer }: { viewer: Viewer }) {
  useLiveConnection(viewer.id);
  const home = homePath(viewer);
  return (
    <AppShell header={{ height: 60 }} padding={{ base: 'sm', sm: 'lg' }}>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Brand to={home} />
          <Anchor component={Link} to={home} mih={44} display="inline-flex" style={{ alignItems: 'center' }}>
            Back to your home page
          </Anchor>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <GuestCycle viewer={viewer} home={home} />
      </AppShell.Main>
    </AppShell>
  );
}

function GuestCycle({ viewer, home }: { viewer: Viewer; home: string }) {
  const { cycle, fallback } = useCycleQuery(GuestLessonStudyQuery, {
    why: 'This lesson study does not exist, or you are not invited to it.',
    back: { to: home, label: 'Back to your home page' },
  });
  if (!cycle) return fallback;
  const header = (
    <CycleHeader
      cycle={cycle}
      context={`A lesson study of ${cycle.group.name} in ${cycle.networkName}. You are its guest: you see this lesson study only.`}
    />
  );
  return (
    <LessonStudyLayout
      cycle={cycle}
      header={header}
      aside={
        <>
          <PhaseStepper cycle={cycle} timeZone={undefined} />
          <PeoplePanel cycle={cycle} />
        </>
      }
      plan={<CyclePlan cycle={cycle} user={{ id: viewer.id, name: viewer.displayName }} timeZone={undefined} />}
      regions={REGIONS}
    />
  );
}
