import { useState } from 'react';
import { Anchor, Badge, Blockquote, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { SHOWCASE_RESPONSE_KINDS, SHOWCASE_RESPONSE_PROMPTS, type ShowcaseKind } from '@switchback/shared';
import { ConfirmModal } from '../../components/ConfirmModal';
import type { ShowcaseQuery as ShowcaseData } from '../../gql/graphql';
import { type ApiError, toApiError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { SHOWCASE_KIND_LABELS, TARGET_LINK_LABELS, targetPath } from './labels';
import { ApproveShowcaseItemMutation, FeatureShowcaseItemMutation, RemoveFromShowcaseMutation } from './operations';
import { ResponseForm } from './ResponseForm';

export type ShowcaseItemData = ShowcaseData['showcase']['nodes'][number];

const person = (p: { displayName: string; schoolName?: string | null } | null | undefined) =>
  !p ? 'A teacher of the network' : p.schoolName ? `${p.displayName} (${p.schoolName})` : p.displayName;

/** One item of the showcase: what it is, who presented it, the warm responses, and what the reader may do. */
export function ShowcaseItemCard({
  item,
  slug,
  compact = false,
}: {
  item: ShowcaseItemData;
  slug: string;
  compact?: boolean;
}) {
  const refetch = { refetchQueries: ['Showcase'] };
  const [feature, featuring] = useMutation(FeatureShowcaseItemMutation, refetch);
  const [approve, approving] = useMutation(ApproveShowcaseItemMutation, refetch);
  const [remove, removing] = useMutation(RemoveFromShowcaseMutation, refetch);
  const [confirming, setConfirming] = useState(false);
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  const headingId = `showcase-item-title-${item.id}`;
  const link = item.target ? targetPath(slug, item.target) : null;
  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      notifications.show({ color: 'green', message: done });
    } catch (e) {
      notifications.show({ color: 'red', title: 'That did not work', message: toApiError(e).message });
    }
  };
  return (
    <Card
      component="li"
      withBorder
      radius="md"
      padding="lg"
      id={`showcase-item-${item.id}`}
      aria-labelledby={headingId}
    >
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="light">{SHOWCASE_KIND_LABELS[item.kind as ShowcaseKind]}</Badge>
          {item.featured && <Badge color="yellow">Featured</Badge>}
          {item.status === 'AWAITING_APPROVAL' && (
            <Badge color="gray" variant="outline">
              Waiting for the student’s teacher
            </Badge>
          )}
        </Group>
        <Title order={3} size="h4" id={headingId}>
          {item.title}
        </Title>
        <Text size="sm" c="dimmed">
          Presented by {person(item.presenter)} · {formatDate(item.createdAt)}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }} lineClamp={compact ? 4 : undefined}>
          {item.body}
        </Text>
        {item.essay && (
          <Blockquote cite={`— ${item.pseudonym ?? 'A student'} (a pseudonym)`} p="sm">
            <Text style={{ whiteSpace: 'pre-wrap' }} lineClamp={compact ? 6 : undefined}>
              {item.essay}
            </Text>
          </Blockquote>
        )}
        {item.exchangeSummary && (
          <Text size="sm">
            {item.exchangeSummary.students} students · {item.exchangeSummary.essaysSubmitted} essays submitted ·{' '}
            {item.exchangeSummary.reviewsSubmitted} reviews
            {item.exchangeSummary.meanScore !== null &&
              ` · mean score ${item.exchangeSummary.meanScore} of ${item.exchangeSummary.maxScore}`}
          </Text>
        )}
        {link && item.target && (
          <Anchor
            component={Link}
            to={link}
            fw={600}
            style={{ alignSelf: 'flex-start' }}
            mih={44}
            display="inline-flex"
          >
            {TARGET_LINK_LABELS[item.target.kind]}
            <span className="visually-hidden">: {item.title}</span>
          </Anchor>
        )}
        {SHOWCASE_RESPONSE_KINDS.map((kind) => {
          const list = item.responses.filter((r) => r.kind === kind);
          if (!list.length) return null;
          return (
            <Stack
              key={kind}
              gap={4}
              component="section"
              aria-label={`${SHOWCASE_RESPONSE_PROMPTS[kind]}: ${item.title}`}
            >
              <Title order={4} size="h6">
                {SHOWCASE_RESPONSE_PROMPTS[kind]}
              </Title>
              <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {list.map((r) => (
                  <Text component="li" key={r.id} size="sm">
                    “{r.body}” — {person(r.author)}
                  </Text>
                ))}
              </Stack>
            </Stack>
          );
        })}
        {item.canRespond && <ResponseForm itemId={item.id} title={item.title} />}
        {(item.canApprove || item.canFeature || item.canRemove) && (
          <Group gap="xs">
            {item.canApprove && (
              <Button
                mih={44}
                loading={approving.loading}
                onClick={() =>
                  void act(() => approve({ variables: { itemId: item.id } }), 'The essay is on the showcase now.')
                }
              >
                Approve for the showcase
              </Button>
            )}
            {item.canFeature && (
              <Button
                mih={44}
                variant={item.featured ? 'default' : 'light'}
                loading={featuring.loading}
                onClick={() =>
                  void act(
                    () => feature({ variables: { itemId: item.id, featured: !item.featured } }),
                    item.featured ? 'No longer featured.' : 'Featured: it shows first.',
                  )
                }
              >
                {item.featured ? 'Stop featuring' : 'Feature'}
              </Button>
            )}
            {item.canRemove && (
              <Button mih={44} variant="subtle" color="red" onClick={() => setConfirming(true)}>
                Take off the showcase
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title="Take this off the showcase?"
        confirmLabel="Take it off"
        danger
        loading={removing.loading}
        error={removeError}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          void remove({ variables: { itemId: item.id } }).then(
            () => setConfirming(false),
            (e: unknown) => setRemoveError(toApiError(e)),
          )
        }
      >
        “{item.title}” and its responses will no longer be in the showcase.
      </ConfirmModal>
    </Card>
  );
}
