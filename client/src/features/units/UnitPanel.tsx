import { Tabs } from '@mantine/core';
import type { UnitCommentKind } from '@switchback/shared';
import type { UnitReviewFieldsFragment } from '../../gql/graphql';
import { useNetwork } from '../network/context';
import { UnitComments, type UnitComment } from './UnitComments';
import { UnitReview } from './UnitReview';
import { UnitVersions } from './UnitVersions';

export const PANEL_TABS = ['comments', 'versions', 'review'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface UnitPanelProps {
  unit: { id: string; status: string; currentReview?: UnitReviewFieldsFragment | null };
  tab: PanelTab;
  onTabChange: (tab: PanelTab) => void;
  comments: readonly UnitComment[] | undefined;
  commentKinds: readonly UnitCommentKind[];
  /** Active members of the unit's group (EDIT access). */
  canEdit: boolean;
  /** Members of the group (also of an archived unit): they see the saved versions. */
  isMember: boolean;
  section: string;
  onSectionChange: (sectionId: string) => void;
  activeSection: string | null;
  refetchComments: () => Promise<unknown>;
  refetchUnit: () => Promise<unknown>;
}

/** Comments, versions and the review round, next to the document (or in a drawer on phones). */
export function UnitPanel(props: UnitPanelProps) {
  const { unit, tab, onTabChange, comments, canEdit, isMember } = props;
  const { viewer } = useNetwork();
  const openCount = comments?.filter((c) => !c.resolvedAt).length;
  const showReview = canEdit || Boolean(unit.currentReview);
  const current: PanelTab = (tab === 'versions' && !isMember) || (tab === 'review' && !showReview) ? 'comments' : tab;
  return (
    <Tabs value={current} onChange={(v) => v && onTabChange(v as PanelTab)} keepMounted={false}>
      <Tabs.List grow>
        <Tabs.Tab value="comments">{openCount ? `Comments (${openCount})` : 'Comments'}</Tabs.Tab>
        {isMember && <Tabs.Tab value="versions">Versions</Tabs.Tab>}
        {showReview && <Tabs.Tab value="review">Review</Tabs.Tab>}
      </Tabs.List>
      <Tabs.Panel value="comments" pt="md">
        <UnitComments
          unitId={unit.id}
          comments={comments}
          kinds={props.commentKinds}
          canResolve={(c) => canEdit || (c.author.id === viewer.id && props.commentKinds.length > 0)}
          section={props.section}
          onSectionChange={props.onSectionChange}
          activeSection={props.activeSection}
          onChanged={props.refetchComments}
        />
      </Tabs.Panel>
      {isMember && (
        <Tabs.Panel value="versions" pt="md">
          <UnitVersions unitId={unit.id} canEdit={canEdit} onRestored={props.refetchUnit} />
        </Tabs.Panel>
      )}
      {showReview && (
        <Tabs.Panel value="review" pt="md">
          <UnitReview unit={unit} canEdit={canEdit} onChanged={props.refetchUnit} />
        </Tabs.Panel>
      )}
    </Tabs>
  );
}
