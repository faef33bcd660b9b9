import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Badge, Button, Drawer, Group, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { REVIEW_STAGE_LABELS, UNIT_STATUS_LABELS, type ReviewStage, type UnitStatus } from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader } from '../../components/QueryState';
import type { UnitPageQuery as UnitPageData } from '../../gql/graphql';
import { formatDate, plural } from '../../lib/format';
import { useNetwork } from '../network/context';
import { EditUnitModal } from './EditUnitModal';
import { REVIEW_STAGE_HINTS, UNIT_STATUS_COLORS, commentKindsFor, sectionTitle, unitGradeBandLabel } from './labels';
import { UnitCommentsQuery, UnitPageQuery } from './operations';
import { UnitActions } from './UnitActions';
import { UnitDocument } from './UnitDocument';
import { UnitNotFound } from './UnitNotFound';
import { UnitPanel, type PanelTab } from './UnitPanel';
import { UnitVersionLine, UpstreamChanges } from './UnitVersionNotes';
import { PresentInShowcaseButton } from '../showcase/PresentForm';
import '../../components/lazy-styles';
import '@mantine/core/styles/Drawer.css';
import './units.css';

export type PageUnit = UnitPageData['unit'];

/** Refresh comments and review state while a review round runs (others add feedback meanwhile). */
const REVIEW_POLL_MS = 30_000;

export function UnitPage() {
  const { unitId = '' } = useParams();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(UnitPageQuery, {
    variables: { id: unitId },
    fetchPolicy: 'cache-and-network',
  });
  const unit = data?.unit;
  const inReview = unit?.status === 'IN_REVIEW';
  useEffect(() => {
    if (!inReview) return;
    startPolling(REVIEW_POLL_MS);
    return () => stopPolling();
  }, [inReview, startPolling, stopPolling]);
  if (loading && !unit) return <PageLoader label="Loading the unit…" />;
  if (!unit) return <UnitNotFound error={error} onRetry={() => void refetch()} />;
  return <UnitView key={unit.id} unit={unit} refetchUnit={refetch} />;
}

function UnitView({ unit, refetchUnit }: { unit: PageUnit; refetchUnit: () => Promise<unknown> }) {
  const { network, viewer } = useNetwork();
  const base = `/n/${network.slug}`;
  const status = unit.status as UnitStatus;
  const canEdit = unit.viewerAccess === 'EDIT';
  const isMember = unit.group.viewerMember?.status === 'ACTIVE';
  const inReview = status === 'IN_REVIEW';
  const wide = useMediaQuery('(min-width: 62em)', undefined, { getInitialValueInEffect: false });

  const comments = useQuery(UnitCommentsQuery, {
    variables: { id: unit.id },
    fetchPolicy: 'cache-and-network',
    pollInterval: inReview ? REVIEW_POLL_MS : 0,
  });
  const commentList = comments.data?.unit.comments;
  const commentKinds = commentKindsFor(unit);

  // Kept in the page, not the address: changing the address moves focus to the page title.
  const [tab, setTab] = useState<PanelTab>('comments');
  const [section, setSection] = useState('');
  const [activeSection, setActiveSection] = useState<string | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);

  const openComments = (sectionId: string) => {
    setSection(sectionId);
    setTab('comments');
    if (wide) requestAnimationFrame(() => panelRef.current?.focus());
    else setDrawerOpen(true);
  };

  // Readers of a published unit have nothing to see in the panel: comments, versions and reviews
  // belong to the group and its critical friends.
  const showPanel = isMember || canEdit || commentKinds.length > 0 || (commentList?.length ?? 0) > 0;
  const openCounts = new Map<string, number>();
  for (const c of commentList ?? []) {
    if (!c.resolvedAt) openCounts.set(c.sectionId, (openCounts.get(c.sectionId) ?? 0) + 1);
  }
  const openTotal = [...openCounts.values()].reduce((a, b) => a + b, 0);
  const panelTitle = listSentence([
    'Comments',
    ...(isMember ? ['versions'] : []),
    ...(canEdit || unit.currentReview ? ['review'] : []),
  ]);
  const renderSectionExtras = (sectionId: string) => {
    const count = openCounts.get(sectionId) ?? 0;
    if (!count && commentKinds.length === 0) return null;
    const title = sectionTitle(sectionId);
    return (
      <Group gap="xs" className="no-print">
        <Button
          size="compact-xs"
          variant={count ? 'light' : 'subtle'}
          onClick={() => openComments(sectionId)}
          aria-label={count ? `${plural(count, 'open comment')} on ${title}` : `Comment on ${title}`}
        >
          {count ? plural(count, 'open comment') : 'Comment'}
        </Button>
      </Group>
    );
  };

  const panel = (
    <UnitPanel
      unit={unit}
      tab={tab}
      onTabChange={setTab}
      comments={commentList}
      commentKinds={commentKinds}
      canEdit={canEdit}
      isMember={isMember}
      section={section}
      onSectionChange={setSection}
      activeSection={activeSection}
      refetchComments={() => comments.refetch()}
      refetchUnit={refetchUnit}
    />
  );

  // The text as HTML; the live editor (TipTap, Yjs, socket.io: the heaviest code of the app) only
  // for someone who may edit and wants to.
  const editor = (
    <UnitDocument
      unit={unit}
      canEdit={canEdit}
      settled={!comments.loading}
      renderSectionExtras={renderSectionExtras}
      onActiveSectionChange={setActiveSection}
    />
  );

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`${base}/groups/${unit.group.id}`} size="sm" className="no-print">
        ← {unit.group.name}
      </Anchor>
      <UnitHeader unit={unit} />
      <UnitVersionLine unit={unit} canEdit={canEdit} />
      <UpstreamChanges unit={unit} />
      <UnitActions
        unit={unit}
        canEdit={canEdit}
        onEditDetails={() => setEditing(true)}
        onChanged={async () => {
          await Promise.all([refetchUnit(), comments.refetch()]);
        }}
      />
      <StatusNote unit={unit} canEdit={canEdit} />
      {status === 'PUBLISHED' && (isMember || unit.contributors.some((c) => c.user.id === viewer.id)) && (
        <Group className="no-print">
          <PresentInShowcaseButton
            kind="UNIT"
            targetId={unit.id}
            defaultTitle={unit.title}
            prompt="What happened when you taught it, and what you learned"
          />
        </Group>
      )}
      {!showPanel ? (
        editor
      ) : wide ? (
        <div className="unit-layout">
          <div className="unit-layout-editor">{editor}</div>
          <Paper
            component="aside"
            withBorder
            radius="md"
            p="sm"
            className="unit-layout-panel"
            aria-label={panelTitle}
            tabIndex={-1}
            ref={panelRef}
          >
            {panel}
          </Paper>
        </div>
      ) : (
        <>
          <Button variant="light" onClick={() => setDrawerOpen(true)} className="no-print">
            {openTotal ? panelTitle.replace('Comments', `Comments (${openTotal})`) : panelTitle}
          </Button>
          {editor}
          <Drawer
            opened={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            position="right"
            size="100%"
            title={panelTitle}
            closeButtonProps={{ 'aria-label': 'Close the panel' }}
          >
            {panel}
          </Drawer>
        </>
      )}
      <EditUnitModal unit={editing && canEdit ? unit : null} onClose={() => setEditing(false)} />
    </Stack>
  );
}

/** "Comments", "Comments and review", "Comments, versions and review". */
function listSentence(parts: string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function UnitHeader({ unit }: { unit: PageUnit }) {
  const { network } = useNetwork();
  const base = `/n/${network.slug}`;
  const status = unit.status as UnitStatus;
  const details = [unit.subject, unitGradeBandLabel(unit.gradeBand)].filter(Boolean).join(' · ');
  return (
    <Stack gap="xs">
      <Group gap="sm" align="center">
        <PageTitle className="break-word" style={{ minWidth: 0 }}>
          {unit.title}
        </PageTitle>
        <Badge variant="light" color={UNIT_STATUS_COLORS[status]} size="lg">
          {UNIT_STATUS_LABELS[status]}
        </Badge>
      </Group>
      <Text size="sm">
        {details && (
          <>
            <strong>{details}</strong> ·{' '}
          </>
        )}
        Written by{' '}
        <Anchor component={Link} to={`${base}/groups/${unit.group.id}`}>
          {unit.group.name}
        </Anchor>
        {unit.publishedAt ? ` · Published ${formatDate(unit.publishedAt)}` : ` · Started ${formatDate(unit.createdAt)}`}
      </Text>
      {unit.forkedFrom && (
        <Text size="sm">
          Adapted from{' '}
          <Anchor component={Link} to={`${base}/units/${unit.forkedFrom.id}`}>
            {unit.forkedFrom.title}
          </Anchor>{' '}
          by {unit.forkedFrom.byline}
        </Text>
      )}
      {unit.contributors.length > 0 && (
        <Text size="sm" c="dimmed">
          Contributors:{' '}
          {unit.contributors
            .map((c) => (c.school ? `${c.user.displayName} (${c.school.name})` : c.user.displayName))
            .join(', ')}
        </Text>
      )}
      {unit.summary && <Text className="pre-wrap">{unit.summary}</Text>}
    </Stack>
  );
}

function StatusNote({ unit, canEdit }: { unit: PageUnit; canEdit: boolean }) {
  const status = unit.status as UnitStatus;
  if (status === 'IN_REVIEW' && unit.currentReview) {
    const stage = unit.currentReview.stage as ReviewStage;
    return (
      <Alert color="orange" variant="light" title={`In review: ${REVIEW_STAGE_LABELS[stage]}`}>
        {REVIEW_STAGE_HINTS[stage]}
      </Alert>
    );
  }
  if (status === 'ARCHIVED') {
    return (
      <Alert color="gray" variant="light" title="Archived">
        This unit is archived: it is read-only and no longer in the library.
      </Alert>
    );
  }
  if (!canEdit) {
    return (
      <Text size="sm" c="dimmed">
        {status === 'PUBLISHED'
          ? `You are reading the published version. Members of ${unit.group.name} write it; to change it for your classes, adapt it for your own group.`
          : `You are reading this unit. Members of ${unit.group.name} write it.`}
      </Text>
    );
  }
  return null;
}
