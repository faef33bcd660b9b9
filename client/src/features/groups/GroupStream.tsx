import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { POST_KINDS, POST_KIND_LABELS, POST_LIMITS, type PostKind } from '@switchback/shared';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormAlert } from '../../components/FormAlert';
import type { PostFieldsFragment } from '../../gql/graphql';
import { applyApiErrors, toApiError, type ApiError, submitWithApiErrors } from '../../lib/errors';
import { formatWhen, plural } from '../../lib/format';
import { useNetwork } from '../network/context';
import type { GroupAbilities, PageGroup, StreamGroup } from './GroupPage';
import { useViewerTimeZone } from '../network/context';
import { CreatePostMutation, DeletePostMutation, HidePostMutation, UpdatePostMutation } from './operations';
import { useLoadMore } from '../../lib/useLoadMore';
import { useScrollToHash } from '../../lib/useScrollToHash';

type Goal = StreamGroup['goals'][number];

const KIND_COLORS: Record<PostKind, string> = {
  CHECK_IN: 'blue',
  QUESTION: 'orange',
  RESOURCE: 'teal',
  CELEBRATION: 'pink',
};

interface LinkValue {
  url: string;
  title: string;
}

const URL_PATTERN = /^https?:\/\/[^\s]+$/i;

function linkErrors(links: LinkValue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  links.forEach((l, i) => {
    const url = l.url.trim();
    if (!URL_PATTERN.test(url)) errors[`links.${i}.url`] = 'Links must start with https:// or http://.';
    else if (url.length > POST_LIMITS.urlMax) errors[`links.${i}.url`] = 'That link is too long.';
    if (l.title.length > POST_LIMITS.titleMax)
      errors[`links.${i}.title`] = `Link titles are at most ${POST_LIMITS.titleMax} characters.`;
  });
  return errors;
}

function bodyError(v: string): string | null {
  if (!v.trim()) return 'Write something to post.';
  if (v.length > POST_LIMITS.bodyMax) return `Posts are at most ${POST_LIMITS.bodyMax} characters.`;
  return null;
}

/** Server errors on nested fields such as `links.0.url` go next to that field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function applyPostErrors(error: unknown, form: UseFormReturnType<any, any>): ApiError {
  const api = applyApiErrors(error, form);
  for (const [field, message] of Object.entries(api.fieldErrors)) {
    if (/^links\.\d+\.(url|title)$/.test(field)) form.setFieldError(field, message);
  }
  return api;
}

const cleanLinks = (links: LinkValue[]) =>
  links.filter((l) => l.url.trim()).map((l) => ({ url: l.url.trim(), title: l.title.trim() || undefined }));

interface GroupStreamProps {
  group: PageGroup;
  stream: StreamGroup;
  abilities: GroupAbilities;
  onChanged: () => Promise<unknown>;
  fetchMore: (after: string) => Promise<unknown>;
}

type Moderation = { post: PostFieldsFragment; action: 'delete' | 'hide' };

export function GroupStream({ group, stream, abilities, onChanged, fetchMore }: GroupStreamProps) {
  const timeZone = useViewerTimeZone();
  const [editing, setEditing] = useState<PostFieldsFragment | null>(null);
  const [moderating, setModerating] = useState<Moderation | null>(null);
  const [moderationError, setModerationError] = useState<ApiError | null>(null);
  const [deletePost, deletion] = useMutation(DeletePostMutation);
  const [hidePost, hiding] = useMutation(HidePostMutation);
  const posts = stream.posts;
  const goals = new Map(stream.goals.map((g) => [g.id, g]));
  // A short link to a post (`/go/post/<id>`) lands here at #post-<id>.
  useScrollToHash(posts.nodes.length > 0);

  const moderate = (post: PostFieldsFragment, action: Moderation['action']) => {
    setModerationError(null);
    setModerating({ post, action });
  };

  const confirmModeration = async () => {
    if (!moderating) return;
    setModerationError(null);
    try {
      if (moderating.action === 'delete') await deletePost({ variables: { postId: moderating.post.id } });
      else await hidePost({ variables: { postId: moderating.post.id } });
      await onChanged();
      notifications.show({
        color: 'green',
        title: moderating.action === 'delete' ? 'Deleted' : 'Hidden',
        message: moderating.action === 'delete' ? 'Your post was deleted.' : 'The post is hidden from the group.',
      });
      setModerating(null);
    } catch (e) {
      setModerationError(toApiError(e));
    }
  };

  const { loadingMore, loadMore } = useLoadMore(posts.pageInfo.endCursor, fetchMore, 'Could not load older posts');

  const actions: PostActions = {
    abilities,
    timeZone,
    onEdit: setEditing,
    onDelete: (p) => moderate(p, 'delete'),
    onHide: (p) => moderate(p, 'hide'),
  };

  return (
    <Stack gap="lg">
      {abilities.canParticipate ? (
        <Composer group={group} goals={stream.goals} onPosted={onChanged} />
      ) : !group.archivedAt && !abilities.isMember ? (
        <Text size="sm" c="dimmed">
          Join the group to post and reply.
        </Text>
      ) : null}

      <Stack component="section" aria-labelledby="posts-heading" gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="posts-heading">
            Posts
          </Title>
          <Text size="sm" c="dimmed">
            {plural(posts.totalCount, 'post')}
          </Text>
        </Group>
        {posts.nodes.length === 0 ? (
          <Text>
            No posts yet.{' '}
            {abilities.canParticipate
              ? 'Start with a check-in on a goal, a question, or a resource that worked in your classroom.'
              : ''}
          </Text>
        ) : (
          <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {posts.nodes.map((post) => (
              <li key={post.id}>
                <PostItem
                  post={post}
                  goal={post.goalId ? goals.get(post.goalId) : undefined}
                  group={group}
                  actions={actions}
                  onReplied={onChanged}
                />
              </li>
            ))}
          </Stack>
        )}
        {posts.pageInfo.hasNextPage && (
          <Group justify="center">
            <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              Load older posts
            </Button>
          </Group>
        )}
      </Stack>

      <EditPostModal post={editing} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={moderating !== null}
        title={moderating?.action === 'hide' ? 'Hide this post?' : 'Delete your post?'}
        confirmLabel={moderating?.action === 'hide' ? 'Hide post' : 'Delete post'}
        danger
        loading={deletion.loading || hiding.loading}
        error={moderationError}
        onConfirm={() => void confirmModeration()}
        onClose={() => setModerating(null)}
      >
        {moderating?.action === 'hide'
          ? `The group will see “Hidden by a facilitator” instead of what ${moderating.post.author.displayName} wrote. This cannot be undone here.`
          : 'The post and its replies leave the stream. This cannot be undone.'}
      </ConfirmModal>
    </Stack>
  );
}

function Composer({ group, goals, onPosted }: { group: PageGroup; goals: Goal[]; onPosted: () => Promise<unknown> }) {
  const { viewer } = useNetwork();
  const [createPost] = useMutation(CreatePostMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'new-post',
    initialValues: {
      kind: 'CHECK_IN' as PostKind,
      goalId: '',
      body: '',
      mentionIds: [] as string[],
      links: [] as LinkValue[],
    },
    validate: (values) => ({
      body: bodyError(values.body),
      mentionIds:
        values.mentionIds.length > POST_LIMITS.mentionsMax
          ? `Mention at most ${POST_LIMITS.mentionsMax} people.`
          : null,
      ...linkErrors(values.links),
    }),
  });
  const mentionable = group.members
    .filter((m) => m.userId !== viewer.id)
    .map((m) => ({ value: m.userId, label: m.user.displayName }));
  const goalOptions = [
    { value: '', label: 'No goal (optional)' },
    ...goals
      .filter((g) => g.status === 'ACTIVE' || g.id === form.values.goalId)
      .map((g) => ({ value: g.id, label: g.statement.length > 90 ? `${g.statement.slice(0, 89)}…` : g.statement })),
  ];

  const submit = submitWithApiErrors(
    form,
    setApiError,
    async (values) => {
      await createPost({
        variables: {
          input: {
            groupId: group.id,
            kind: values.kind,
            goalId: values.goalId || null,
            body: values.body.trim(),
            links: cleanLinks(values.links),
            mentionIds: values.mentionIds,
          },
        },
      });
      form.reset();
      await onPosted();
      notifications.show({ color: 'green', title: 'Posted', message: `Your post is in ${group.name}.` });
    },
    (error) => applyPostErrors(error, form),
  );

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="composer-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="composer-heading">
            Post to the group
          </Title>
          <FormAlert error={apiError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label="Post kind"
              required
              data={POST_KINDS.map((k) => ({ value: k, label: POST_KIND_LABELS[k] }))}
              {...form.getInputProps('kind')}
            />
            <NativeSelect label="Goal" data={goalOptions} {...form.getInputProps('goalId')} />
          </SimpleGrid>
          <Textarea
            label="Message"
            required
            autosize
            minRows={3}
            maxRows={14}
            maxLength={POST_LIMITS.bodyMax}
            {...form.getInputProps('body')}
          />
          {mentionable.length > 0 && (
            <MultiSelect
              label="Mention"
              description="Optional. They get a notification."
              placeholder={form.values.mentionIds.length ? undefined : 'Choose members'}
              data={mentionable}
              searchable
              clearable
              hidePickedOptions
              maxValues={POST_LIMITS.mentionsMax}
              nothingFoundMessage="No member by that name"
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('mentionIds')}
            />
          )}
          <LinksEditor form={form} />
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              Post
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Link rows (URL and optional title) with add and remove buttons. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function LinksEditor({ form }: { form: UseFormReturnType<any, any> }) {
  const links = (form.values as { links: LinkValue[] }).links;
  return (
    <Stack gap="xs" role="group" aria-label="Links">
      {links.map((_, i) => (
        <Group key={i} align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            label={`Link ${i + 1} URL`}
            placeholder="https://"
            type="url"
            required
            maxLength={POST_LIMITS.urlMax}
            style={{ flex: '2 1 14rem' }}
            {...form.getInputProps(`links.${i}.url`)}
          />
          <TextInput
            label={`Link ${i + 1} title`}
            description="Optional."
            maxLength={POST_LIMITS.titleMax}
            style={{ flex: '1 1 10rem' }}
            {...form.getInputProps(`links.${i}.title`)}
          />
          <Button
            variant="subtle"
            color="red"
            size="xs"
            mt={{ base: 0, sm: 28 }}
            onClick={() => form.removeListItem('links', i)}
            aria-label={`Remove link ${i + 1}`}
          >
            Remove
          </Button>
        </Group>
      ))}
      {links.length < POST_LIMITS.linksMax && (
        <Group>
          <Button variant="default" size="xs" onClick={() => form.insertListItem('links', { url: '', title: '' })}>
            {links.length ? 'Add another link' : 'Add link'}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface PostActions {
  abilities: GroupAbilities;
  timeZone: string | undefined;
  onEdit: (post: PostFieldsFragment) => void;
  onDelete: (post: PostFieldsFragment) => void;
  onHide: (post: PostFieldsFragment) => void;
}

type StreamPost = StreamGroup['posts']['nodes'][number];

function PostItem(props: {
  post: StreamPost;
  goal: Goal | undefined;
  group: PageGroup;
  actions: PostActions;
  onReplied: () => Promise<unknown>;
}) {
  const { post, goal, group, actions, onReplied } = props;
  const kind = post.kind as PostKind;
  const headingId = `post-${post.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color={KIND_COLORS[kind]}>
            {POST_KIND_LABELS[kind]}
          </Badge>
          <Title order={3} size="h5" id={headingId} m={0}>
            {post.author.displayName}
            <span className="visually-hidden">: {POST_KIND_LABELS[kind].toLowerCase()}</span>
          </Title>
          <PostMeta post={post} timeZone={actions.timeZone} />
        </Group>
        {goal && (
          <Text size="xs" fw={600} className="goal-chip">
            Goal: {goal.statement}
          </Text>
        )}
        <PostBody post={post} />
        <PostActionButtons post={post} actions={actions} what={POST_KIND_LABELS[kind].toLowerCase()} />
        {(post.replies.length > 0 || actions.abilities.canParticipate) && (
          <Stack
            gap="xs"
            pl={{ base: 'xs', sm: 'md' }}
            ml={{ base: 0, sm: 'xs' }}
            style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}
          >
            {post.replies.length > 0 && (
              <Stack
                component="ol"
                gap="xs"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                aria-label={`Replies to ${post.author.displayName}`}
              >
                {post.replies.map((reply) => (
                  <li key={reply.id}>
                    <ReplyItem reply={reply} actions={actions} />
                  </li>
                ))}
              </Stack>
            )}
            {actions.abilities.canParticipate && <ReplyForm group={group} post={post} onReplied={onReplied} />}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function PostMeta({ post, timeZone }: { post: PostFieldsFragment; timeZone: string | undefined }) {
  return (
    <Text size="xs" c="dimmed" component="span">
      <time dateTime={post.createdAt}>{formatWhen(post.createdAt, timeZone)}</time>
      {post.editedAt && !post.hidden && ' (edited)'}
    </Text>
  );
}

function PostBody({ post }: { post: PostFieldsFragment }) {
  if (post.hidden) {
    return (
      <Text size="sm" fs="italic" c="dimmed">
        Hidden by a facilitator
      </Text>
    );
  }
  return (
    <>
      <Text className="pre-wrap">{post.body}</Text>
      {post.links.length > 0 && (
        <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Links">
          {post.links.map((link, i) => (
            <li key={`${link.url}-${i}`}>
              <Anchor href={link.url} target="_blank" rel="noopener noreferrer" size="sm" className="break-anywhere">
                {link.title || link.url}
              </Anchor>
              {link.title && link.title !== link.url && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  ({hostOf(link.url)})
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
      {post.mentions.length > 0 && (
        <Text size="xs" c="dimmed">
          Mentioned: {post.mentions.map((m) => m.displayName).join(', ')}
        </Text>
      )}
    </>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function PostActionButtons({
  post,
  actions,
  what,
}: {
  post: PostFieldsFragment;
  actions: PostActions;
  /** "check-in", "reply"… for the buttons' accessible names. */
  what: string;
}) {
  if (post.hidden) return null;
  const { abilities, timeZone } = actions;
  const when = formatWhen(post.createdAt, timeZone);
  const own = post.mine && abilities.canParticipate;
  const hide = abilities.canModerate && !post.mine;
  if (!own && !hide) return null;
  return (
    <Group gap={6}>
      {own && (
        <>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => actions.onEdit(post)}
            aria-label={`Edit your ${what} from ${when}`}
          >
            Edit
          </Button>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            onClick={() => actions.onDelete(post)}
            aria-label={`Delete your ${what} from ${when}`}
          >
            Delete
          </Button>
        </>
      )}
      {hide && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          onClick={() => actions.onHide(post)}
          aria-label={`Hide ${post.author.displayName}’s ${what} from ${when}`}
        >
          Hide
        </Button>
      )}
    </Group>
  );
}

function ReplyItem({ reply, actions }: { reply: PostFieldsFragment; actions: PostActions }) {
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text fw={700} size="sm">
          {reply.author.displayName}
        </Text>
        <PostMeta post={reply} timeZone={actions.timeZone} />
      </Group>
      <PostBody post={reply} />
      <PostActionButtons post={reply} actions={actions} what="reply" />
    </Stack>
  );
}

function ReplyForm({
  group,
  post,
  onReplied,
}: {
  group: PageGroup;
  post: StreamPost;
  onReplied: () => Promise<unknown>;
}) {
  const [createPost] = useMutation(CreatePostMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: `reply-${post.id}`,
    initialValues: { body: '' },
    validate: { body: bodyError },
  });

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    await createPost({ variables: { input: { groupId: group.id, parentId: post.id, body: values.body.trim() } } });
    form.reset();
    await onReplied();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap={6}>
        <FormAlert error={apiError} />
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <Textarea
            label="Reply"
            autosize
            minRows={1}
            maxRows={8}
            maxLength={POST_LIMITS.bodyMax}
            style={{ flex: 1, minWidth: 0 }}
            {...form.getInputProps('body')}
          />
          <Button type="submit" variant="light" loading={form.submitting}>
            Reply
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditPostModal({ post, onClose }: { post: PostFieldsFragment | null; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={post !== null}
      onClose={onClose}
      title={post?.parentId ? 'Edit your reply' : 'Edit your post'}
      fullScreen={fullScreen}
      size="lg"
    >
      {post && <EditPostForm post={post} onDone={onClose} />}
    </Modal>
  );
}

function EditPostForm({ post, onDone }: { post: PostFieldsFragment; onDone: () => void }) {
  const [updatePost] = useMutation(UpdatePostMutation);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'edit-post',
    initialValues: {
      body: post.body,
      links: post.links.map((l) => ({ url: l.url, title: l.title === l.url ? '' : l.title })) as LinkValue[],
    },
    validate: (values) => ({ body: bodyError(values.body), ...linkErrors(values.links) }),
  });

  const submit = submitWithApiErrors(
    form,
    setApiError,
    async (values) => {
      await updatePost({
        variables: {
          input: {
            id: post.id,
            body: values.body.trim(),
            // Replies have no links of their own to keep.
            links: post.parentId ? undefined : cleanLinks(values.links),
          },
        },
      });
      notifications.show({ color: 'green', title: 'Saved', message: 'Your changes are in the stream.' });
      onDone();
    },
    (error) => applyPostErrors(error, form),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={apiError} />
        <Textarea
          label="Message"
          required
          autosize
          minRows={3}
          maxRows={14}
          maxLength={POST_LIMITS.bodyMax}
          data-autofocus
          {...form.getInputProps('body')}
        />
        {!post.parentId && <LinksEditor form={form} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
