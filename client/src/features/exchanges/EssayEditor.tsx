import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { countWords, EXCHANGE_LIMITS } from '@switchback/shared';
import { errorMessage } from '../../lib/errors';
import type { ExchangeData } from './ExchangePage';
import { SaveEssayDraftMutation, SubmitEssayMutation } from './operations';
import { formatWhen } from './phases';

/** How long typing pauses before the essay is autosaved. */
const AUTOSAVE_MS = 2000;
const MAX = EXCHANGE_LIMITS.essayMax;

type SaveState = 'idle' | 'saved' | 'saving' | 'unsaved' | 'failed';
const SAVE_LABELS: Record<SaveState, string> = {
  idle: 'Saved as you type',
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Not saved yet',
  failed: 'Not saved',
};

/** A student writes or pastes their essay (autosaved), submits it, and resubmits until the deadline. */
export function EssayEditor({ exchange }: { exchange: ExchangeData }) {
  const mine = exchange.mySubmission;
  // During reviews a submitted (late) essay is with its reviewers: it no longer changes.
  const withReviewers = exchange.phase === 'REVIEW' && mine?.status === 'SUBMITTED';
  const open = exchange.submissionOpen && !withReviewers;
  const [openedAt] = useState(() => Date.now());
  const late = open && (exchange.phase === 'REVIEW' || new Date(exchange.submissionDueAt).getTime() <= openedAt);
  const [body, setBody] = useState(mine?.body ?? '');
  const [state, setState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const lastSaved = useRef(mine?.body ?? '');
  // The first save gives the student their pseudonym: reload the exchange to show it.
  const [saveDraft] = useMutation(SaveEssayDraftMutation, { refetchQueries: mine ? [] : ['Exchange'] });
  const [submitEssay, submitting] = useMutation(SubmitEssayMutation, {
    refetchQueries: mine && !late ? ['MyExchanges'] : ['Exchange', 'MyExchanges'],
  });
  const tooLong = body.length > MAX;

  useEffect(() => {
    if (!open || body === lastSaved.current || tooLong) return;
    setState('unsaved');
    const timer = setTimeout(() => {
      setState('saving');
      saveDraft({ variables: { exchangeId: exchange.id, body } })
        .then(() => {
          lastSaved.current = body;
          setProblem(null);
          setState((s) => (s === 'saving' ? 'saved' : s));
        })
        .catch((error: unknown) => {
          setProblem(errorMessage(error));
          setState('failed');
        });
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [body, open, tooLong, exchange.id, saveDraft]);

  async function submit() {
    setProblem(null);
    try {
      await submitEssay({ variables: { exchangeId: exchange.id, body } });
      lastSaved.current = body;
      setState('saved');
      notifications.show({
        color: 'green',
        title: mine?.status === 'SUBMITTED' ? 'Essay resubmitted' : 'Essay submitted',
        message:
          exchange.phase === 'REVIEW'
            ? 'Your essay is with its reviewers now.'
            : `You can change and resubmit it until ${formatWhen(late ? exchange.reviewDueAt : exchange.submissionDueAt)}.`,
      });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  if (!open) {
    return (
      <Stack gap="sm" component="section" aria-labelledby="essay-heading">
        <Text id="essay-heading" fw={600}>
          My essay
        </Text>
        <Alert color={exchange.phase === 'DRAFT' ? 'blue' : 'gray'} variant="light">
          {exchange.phase === 'DRAFT'
            ? 'This exchange opens for essays soon.'
            : withReviewers
              ? 'Your essay is with its reviewers now. This is the essay you submitted.'
              : mine?.status === 'SUBMITTED'
                ? 'Essays are closed. This is the essay you submitted.'
                : 'Essays are closed: you did not submit one.'}
        </Alert>
        {mine && (
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="submitted-essay">
            {mine.submittedBody ?? mine.body}
          </Text>
        )}
      </Stack>
    );
  }

  const submitted = mine?.status === 'SUBMITTED';
  const changed = submitted && body !== (mine.submittedBody ?? '');
  return (
    <Stack gap="sm" component="section" aria-labelledby="essay-heading">
      <Group justify="space-between">
        <Text id="essay-heading" fw={600}>
          My essay {mine ? `— others see you as “${mine.pseudonym}”` : ''}
        </Text>
        <Text size="sm" c={state === 'failed' ? 'red' : 'dimmed'} role="status" aria-live="polite">
          {SAVE_LABELS[state]}
        </Text>
      </Group>
      {late && (
        <Alert color="yellow" variant="light" title="Your essay is late" data-testid="late-essay">
          The deadline was {formatWhen(exchange.submissionDueAt)}, but late essays are still accepted until reviews are
          due ({formatWhen(exchange.reviewDueAt)}).{' '}
          {exchange.phase === 'REVIEW'
            ? 'Once you submit, your essay goes to its reviewers and can no longer change.'
            : 'It gets reviewers as the others start their reviews.'}
        </Alert>
      )}
      <Textarea
        aria-label="My essay"
        placeholder="Write or paste your essay here. It is saved as you type."
        autosize
        minRows={14}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        error={
          tooLong
            ? `Your essay is ${body.length.toLocaleString()} characters: keep it under ${MAX.toLocaleString()}.`
            : undefined
        }
      />
      {problem && (
        <Alert color="red" variant="light" role="alert">
          {problem}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {countWords(body)} words ·{' '}
          {submitted
            ? changed
              ? 'You changed your essay since you submitted it: resubmit to share the new version.'
              : `Submitted ${formatWhen(mine.submittedAt!)}.`
            : late
              ? `Late: accepted until ${formatWhen(exchange.reviewDueAt)}.`
              : `Due ${formatWhen(exchange.submissionDueAt)}.`}
        </Text>
        <Button
          onClick={() => void submit()}
          loading={submitting.loading}
          disabled={tooLong || body.trim() === '' || (submitted && !changed)}
        >
          {submitted ? 'Resubmit essay' : 'Submit essay'}
        </Button>
      </Group>
    </Stack>
  );
}
