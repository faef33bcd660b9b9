import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Anchor, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import '@mantine/core/styles/Radio.css';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { REVIEW_LIMITS } from '@switchback/shared';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import type { ExchangeQuery as ExchangeQueryData, ReviewAssignmentFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { SaveReviewDraftMutation, SubmitReviewMutation } from './operations';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { useAutosave } from '../../lib/useAutosave';
import { useT } from '../../lib/i18n';
import { ReviewText } from './ReviewText';

type Criterion = ExchangeQueryData['exchange']['rubric']['criteria'][number];

/** How long typing pauses before the review is autosaved. */
const AUTOSAVE_MS = 1500;
const MAX = REVIEW_LIMITS.commentMax;

interface Draft {
  levels: Record<string, string | null>;
  comments: Record<string, string>;
  strength: string;
  nextStep: string;
}

function draftOf(review: ReviewAssignmentFieldsFragment): Draft {
  const levels: Draft['levels'] = {};
  const comments: Draft['comments'] = {};
  for (const c of review.criteria) {
    levels[c.criterionId] = c.points === null ? null : String(c.points);
    comments[c.criterionId] = c.comment;
  }
  return { levels, comments, strength: review.strength, nextStep: review.nextStep };
}

function inputOf(reviewId: string, criteria: readonly Criterion[], d: Draft) {
  return {
    reviewId,
    levels: criteria
      .filter((c) => d.levels[c.id] !== null && d.levels[c.id] !== undefined)
      .map((c) => ({ criterionId: c.id, points: Number(d.levels[c.id]) })),
    comments: criteria.map((c) => ({ criterionId: c.id, text: d.comments[c.id] ?? '' })),
    strength: d.strength,
    nextStep: d.nextStep,
  };
}

/** The fields of the form in page order, by their API field name, for focusing the first error. */
function fieldOrder(criteria: readonly Criterion[]): string[] {
  return [...criteria.flatMap((c) => [`levels.${c.id}`, `comments.${c.id}`]), 'strength', 'nextStep'];
}

function focusField(field: string) {
  const [kind, id] = field.split('.');
  const node =
    kind === 'levels'
      ? (document.querySelector<HTMLInputElement>(`input[name="level-${id}"]:checked`) ??
        document.querySelector<HTMLInputElement>(`input[name="level-${id}"]`))
      : document.getElementById(kind === 'comments' ? `review-comment-${id}` : `review-${field}`);
  node?.focus();
}

interface ReviewFormProps {
  review: ReviewAssignmentFieldsFragment;
  criteria: readonly Criterion[];
  backTo: string;
}

/** A level and a comment per criterion, one strength and one next step: autosaved, then sent once. */
export function ReviewForm({ review, criteria, backTo }: ReviewFormProps) {
  const timeZone = useViewerTimeZone();
  const t = useT('exchanges');
  const [draft, setDraft] = useState<Draft>(() => draftOf(review));
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [justSent, setJustSent] = useState(false);
  const confirmation = useRef<HTMLDivElement>(null);
  const input = useMemo(() => inputOf(review.id, criteria, draft), [review.id, criteria, draft]);
  const serialized = JSON.stringify(input);
  const sending = useRef(false);
  const [saveDraft] = useMutation(SaveReviewDraftMutation);
  const [submitReview, submitting] = useMutation(SubmitReviewMutation, {
    refetchQueries: ['MyReviewAssignments', 'MyExchanges'],
  });
  const sent = review.status === 'SUBMITTED';
  const autosave = useAutosave(
    serialized,
    (saving) => saveDraft({ variables: { input: JSON.parse(saving) as typeof input } }),
    {
      delayMs: AUTOSAVE_MS,
      enabled: !sent,
      labels: { idle: t('form.savedAsYouWrite'), saved: t('form.draftSaved') },
      // Sending saves the review anyway.
      skip: () => sending.current,
      onError: (error) => {
        const api = toApiError(error);
        setFieldErrors(api.fieldErrors);
        return api.message;
      },
    },
  );

  useEffect(() => {
    if (!justSent || !confirmation.current) return;
    // Focus for screen readers, then bring it below the fixed header (html's scroll-padding-top).
    confirmation.current.focus({ preventScroll: true });
    confirmation.current.scrollIntoView({ block: 'start' });
  }, [justSent]);

  function change(field: string, update: (d: Draft) => Draft) {
    setDraft(update);
    if (fieldErrors[field]) {
      setFieldErrors(({ [field]: _gone, ...rest }) => rest);
    }
  }

  async function send() {
    sending.current = true;
    setApiError(null);
    setFieldErrors({});
    try {
      await submitReview({ variables: { input } });
      autosave.markSaved(serialized);
      setJustSent(true);
      notifications.show({ color: 'green', title: t('form.sentTitle'), message: t('form.sentMessage') });
    } catch (error) {
      const api = toApiError(error);
      setApiError(api);
      setFieldErrors(api.fieldErrors);
      const first = fieldOrder(criteria).find((f) => api.fieldErrors[f]);
      if (first) requestAnimationFrame(() => focusField(first));
    } finally {
      sending.current = false;
    }
  }

  if (sent) {
    return (
      <Stack gap="md" component="section" aria-labelledby="review-heading">
        <Text id="review-heading" component="h2" fw={600} size="lg" m={0}>
          {t('form.heading')}
        </Text>
        <Alert
          ref={confirmation}
          tabIndex={-1}
          color="green"
          variant="light"
          title={justSent ? t('form.justSent') : t('form.sent')}
          role={justSent ? 'status' : undefined}
        >
          {justSent && `${t('form.thankYou')} `}
          {review.submittedAt && `${t('form.sentAt', { when: formatWhen(review.submittedAt, timeZone) })} `}
          {t('form.final')}{' '}
          <Anchor component={Link} to={backTo}>
            {t('form.back')}
          </Anchor>
        </Alert>
        <ReviewText review={review} />
      </Stack>
    );
  }

  const tooLong = (text: string) => (text.length > MAX ? t('form.tooLong', { max: MAX, length: text.length }) : null);

  return (
    <Stack gap="md" component="section" aria-labelledby="review-heading">
      <Group justify="space-between">
        <Text id="review-heading" component="h2" fw={600} size="lg" m={0}>
          {t('form.heading')}
        </Text>
        <Text size="sm" c={autosave.state === 'failed' ? 'red' : 'dimmed'} role="status" aria-live="polite">
          {autosave.label}
        </Text>
      </Group>
      {criteria.map((c) => (
        <Stack gap="xs" key={c.id}>
          <Radio.Group
            name={`level-${c.id}`}
            label={
              <>
                <span translate="no">{c.title}</span>
                {c.weight > 1 && ` ${t('form.countsTimes', { weight: c.weight })}`}
              </>
            }
            description={c.description ? <span translate="no">{c.description}</span> : undefined}
            value={draft.levels[c.id] ?? null}
            onChange={(v) => change(`levels.${c.id}`, (d) => ({ ...d, levels: { ...d.levels, [c.id]: v } }))}
            error={fieldErrors[`levels.${c.id}`]}
            required
          >
            <Stack gap="xs" mt="xs">
              {c.levels.map((l) => (
                <Radio
                  key={l.points}
                  value={String(l.points)}
                  label={t('form.level', { label: l.label, points: l.points })}
                  description={<span translate="no">{l.descriptor}</span>}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            id={`review-comment-${c.id}`}
            label={t('form.commentOn', { criterion: c.title })}
            description={t('form.commentHelp')}
            translate="no"
            autosize
            minRows={2}
            value={draft.comments[c.id] ?? ''}
            onChange={(e) => {
              const text = e.currentTarget.value;
              change(`comments.${c.id}`, (d) => ({ ...d, comments: { ...d.comments, [c.id]: text } }));
            }}
            error={fieldErrors[`comments.${c.id}`] ?? tooLong(draft.comments[c.id] ?? '')}
            required
          />
        </Stack>
      ))}
      <Textarea
        id="review-strength"
        label={t('form.strength')}
        description={t('form.strengthHelp')}
        translate="no"
        autosize
        minRows={2}
        value={draft.strength}
        onChange={(e) => {
          const text = e.currentTarget.value;
          change('strength', (d) => ({ ...d, strength: text }));
        }}
        error={fieldErrors.strength ?? tooLong(draft.strength)}
        required
      />
      <Textarea
        id="review-nextStep"
        label={t('form.nextStep')}
        description={t('form.nextStepHelp')}
        translate="no"
        autosize
        minRows={2}
        value={draft.nextStep}
        onChange={(e) => {
          const text = e.currentTarget.value;
          change('nextStep', (d) => ({ ...d, nextStep: text }));
        }}
        error={fieldErrors.nextStep ?? tooLong(draft.nextStep)}
        required
      />
      {autosave.problem && (
        <Alert color="red" variant="light" role="alert" title={t('form.draftNotSaved')}>
          {autosave.problem}
        </Alert>
      )}
      <FormAlert error={apiError} title={t('form.notSent')} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('form.dueFinal', { when: formatWhen(review.dueAt, timeZone) })}
        </Text>
        <Button onClick={() => void send()} loading={submitting.loading}>
          {t('form.send')}
        </Button>
      </Group>
    </Stack>
  );
}
