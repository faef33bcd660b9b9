import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { UNIT_COMMENT_KIND_LABELS, UNIT_LIMITS, UNIT_SECTIONS, type UnitCommentKind } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { UnitCommentFieldsFragment } from '../../gql/graphql';
import { type ApiError, errorMessage, submitWithApiErrors } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useNeedsConnection } from '../../lib/needs-connection';
import { COMMENT_KIND_COLORS, sectionTitle } from './labels';
import { AddUnitCommentMutation, ResolveUnitCommentMutation } from './operations';
import '@mantine/core/styles/SegmentedControl.css';

export type UnitComment = UnitCommentFieldsFragment;

interface UnitCommentsProps {
  unitId: string;
  comments: readonly UnitComment[] | undefined;
  /** The kinds the viewer may add now (none: no form). */
  kinds: readonly UnitCommentKind[];
  /** Authors resolve any comment; critical friends their own while they may comment. */
  canResolve: (comment: UnitComment) => boolean;
  /** The section to show and comment on: chosen from a section's comment button, or '' for all. */
  section: string;
  onSectionChange: (sectionId: string) => void;
  /** The section the viewer is writing or reading in the editor, the default for a new comment. */
  activeSection: string | null;
  onChanged: () => Promise<unknown>;
}

const SECTION_OPTIONS = UNIT_SECTIONS.map((s) => ({ value: s.id, label: s.title }));

/** Comments anchored to sections: filter, add (of the kinds allowed now), resolve. */
export function UnitComments(props: UnitCommentsProps) {
  const { comments, kinds, canResolve, section, onSectionChange, unitId, activeSection, onChanged } = props;
  const [show, setShow] = useState<'open' | 'resolved'>('open');
  const inSection = (comments ?? []).filter((c) => !section || c.sectionId === section);
  const open = inSection.filter((c) => !c.resolvedAt);
  const resolved = inSection.filter((c) => c.resolvedAt);
  const shown = show === 'open' ? open : resolved;

  return (
    <Stack gap="md">
      {kinds.length > 0 && (
        <AddCommentForm
          unitId={unitId}
          kinds={kinds}
          defaultSection={section || activeSection || UNIT_SECTIONS[0].id}
          onAdded={onChanged}
        />
      )}
      <Stack gap="xs">
        <Title order={3} size="h5" id="comment-list-heading">
          {show === 'open' ? 'Open comments' : 'Resolved comments'}
        </Title>
        <NativeSelect
          label="Section"
          size="sm"
          value={section}
          onChange={(e) => onSectionChange(e.currentTarget.value)}
          data={[{ value: '', label: 'All sections' }, ...SECTION_OPTIONS]}
        />
        <SegmentedControl
          fullWidth
          size="sm"
          value={show}
          onChange={(v) => setShow(v as 'open' | 'resolved')}
          aria-label="Which comments to show"
          data={[
            { value: 'open', label: `Open (${open.length})` },
            { value: 'resolved', label: `Resolved (${resolved.length})` },
          ]}
        />
      </Stack>
      {!comments ? (
        <Text size="sm" c="dimmed">
          Loading comments…
        </Text>
      ) : shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {show === 'open' ? 'No open comments' : 'No resolved comments'}
          {section ? ` on ${sectionTitle(section)}.` : '.'}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="comment-list-heading">
          {shown.map((c) => (
            <CommentCard key={c.id} comment={c} canResolve={canResolve(c)} onResolved={onChanged} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function CommentCard({
  comment,
  canResolve,
  onResolved,
}: {
  comment: UnitComment;
  canResolve: boolean;
  onResolved: () => Promise<unknown>;
}) {
  const [resolve, { loading }] = useMutation(ResolveUnitCommentMutation);
  const kind = comment.kind as UnitCommentKind;
  const run = async () => {
    try {
      await resolve({ variables: { commentId: comment.id } });
      await onResolved();
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not resolve the comment', message: errorMessage(e) });
    }
  };
  return (
    <Card component="li" withBorder radius="md" padding="sm">
      <Stack
        gap={6}
        component="article"
        aria-label={`${UNIT_COMMENT_KIND_LABELS[kind]} by ${comment.author.displayName}`}
      >
        <Group gap={6}>
          <Badge variant="light" color={COMMENT_KIND_COLORS[kind]}>
            {UNIT_COMMENT_KIND_LABELS[kind]}
          </Badge>
          <Text size="xs" c="dimmed">
            {sectionTitle(comment.sectionId)}
          </Text>
        </Group>
        <Text size="sm" className="pre-wrap">
          {comment.body}
        </Text>
        <Text size="xs" c="dimmed">
          {comment.author.displayName} · {formatDateTime(comment.createdAt)}
          {comment.resolvedAt ? ` · Resolved ${formatDateTime(comment.resolvedAt)}` : ''}
        </Text>
        {canResolve && !comment.resolvedAt && (
          <Group>
            <Button
              size="xs"
              variant="default"
              loading={loading}
              onClick={() => void run()}
              aria-label={`Resolve ${UNIT_COMMENT_KIND_LABELS[kind].toLowerCase()} by ${comment.author.displayName}`}
            >
              Resolve
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

interface AddCommentFormProps {
  unitId: string;
  kinds: readonly UnitCommentKind[];
  defaultSection: string;
  onAdded: () => Promise<unknown>;
}

function AddCommentForm({ unitId, kinds, defaultSection, onAdded }: AddCommentFormProps) {
  const [addComment] = useMutation(AddUnitCommentMutation);
  const connection = useNeedsConnection();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  // The section follows the editor (or the chosen section) until the person picks one here.
  const [pickedSection, setPickedSection] = useState<string | null>(null);
  const form = useForm({
    name: 'add-unit-comment',
    initialValues: { sectionId: '', kind: kinds[0] as string, body: '' },
    validate: {
      body: (v) =>
        !v.trim()
          ? 'Write your comment.'
          : v.length > UNIT_LIMITS.commentMax
            ? `Comments are at most ${UNIT_LIMITS.commentMax} characters.`
            : null,
    },
  });
  const sectionId = pickedSection ?? defaultSection;
  // The allowed kinds changed (the review moved on): keep the choice valid.
  const kind = kinds.includes(form.values.kind as UnitCommentKind) ? form.values.kind : kinds[0];

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    if (connection.offline) return;
    await addComment({
      variables: { input: { unitId, sectionId, kind: kind as UnitCommentKind, body: values.body.trim() } },
    });
    form.setFieldValue('body', '');
    notifications.show({ color: 'green', title: 'Comment added', message: `On ${sectionTitle(sectionId)}.` });
    await onAdded();
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-comment-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="add-comment-heading">
          Add a comment
        </Title>
        <FormAlert error={apiError} />
        <NativeSelect
          label="On section"
          size="sm"
          {...form.getInputProps('sectionId')}
          value={sectionId}
          onChange={(e) => setPickedSection(e.currentTarget.value)}
          data={SECTION_OPTIONS}
        />
        <NativeSelect
          label="Kind"
          size="sm"
          description={
            kinds.length === 1 && kinds[0] !== 'SUGGESTION' ? 'The kind this review stage asks for.' : undefined
          }
          {...form.getInputProps('kind')}
          value={kind}
          data={kinds.map((k) => ({ value: k, label: UNIT_COMMENT_KIND_LABELS[k] }))}
        />
        <Textarea
          label="Comment"
          size="sm"
          autosize
          minRows={3}
          maxRows={10}
          maxLength={UNIT_LIMITS.commentMax}
          required
          {...form.getInputProps('body')}
        />
        <Group justify="flex-end">
          {connection.reason}
          <Button type="submit" size="sm" loading={form.submitting} {...connection.buttonProps}>
            Add comment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
