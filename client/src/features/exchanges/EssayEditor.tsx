import { useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { countWords, EXCHANGE_LIMITS } from '@switchback/shared';
import { errorMessage } from '../../lib/errors';
import type { ExchangeData } from './ExchangePage';
import { EssayGiveawayWarning, type Giveaway } from './EssayGiveawayWarning';
import { EssayGiveawaysQuery, SaveEssayDraftMutation, SubmitEssayMutation } from './operations';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { useAutosave } from '../../lib/useAutosave';
import { useT } from '../../lib/i18n';

/** How long typing pauses before the essay is autosaved. */
const AUTOSAVE_MS = 2000;
const MAX = EXCHANGE_LIMITS.essayMax;

/** A student writes or pastes their essay (autosaved), submits it, and resubmits until the deadline. */
export function EssayEditor({ exchange }: { exchange: ExchangeData }) {
  const timeZone = useViewerTimeZone();
  const t = useT('exchanges');
  const mine = exchange.mySubmission;
  // The server says whether this student's essay may still change (OPEN, LATE or CLOSED).
  const open = exchange.essayWindow !== 'CLOSED';
  const late = exchange.essayWindow === 'LATE';
  const withReviewers = !open && exchange.phase === 'REVIEW' && mine?.status === 'SUBMITTED';
  const [body, setBody] = useState(mine?.body ?? '');
  const [submitProblem, setSubmitProblem] = useState<string | null>(null);
  // Words of the essay that give the writer away, found when they tried to submit it (for that text).
  const [giveaways, setGiveaways] = useState<{ body: string; found: Giveaway[] } | null>(null);
  const [checking, setChecking] = useState(false);
  const essayField = useRef<HTMLTextAreaElement>(null);
  const apollo = useApolloClient();
  // The first save gives the student their pseudonym: reload the exchange to show it.
  const [saveDraft] = useMutation(SaveEssayDraftMutation, { refetchQueries: mine ? [] : ['Exchange'] });
  const [submitEssay, submitting] = useMutation(SubmitEssayMutation, {
    refetchQueries: mine && !late ? ['MyExchanges'] : ['Exchange', 'MyExchanges'],
  });
  const tooLong = body.length > MAX;
  // A saved draft also clears the problem of an earlier submit.
  const saveBody = (text: string) =>
    saveDraft({ variables: { exchangeId: exchange.id, body: text } }).then(() => setSubmitProblem(null));
  const autosave = useAutosave(body, saveBody, {
    delayMs: AUTOSAVE_MS,
    enabled: open && !tooLong,
    labels: { idle: t('essay.savedAsYouType'), saved: t('essay.saved') },
  });
  const problem = submitProblem ?? autosave.problem;

  /** Submitting first asks the server whether the essay names the student's school, town or them. */
  async function submit(anyway = false) {
    setSubmitProblem(null);
    try {
      if (!anyway) {
        setChecking(true);
        const { data } = await apollo
          .query({
            query: EssayGiveawaysQuery,
            variables: { exchangeId: exchange.id, body },
            fetchPolicy: 'network-only',
          })
          .finally(() => setChecking(false));
        const found = data?.essayGiveaways ?? [];
        if (found.length) {
          setGiveaways({ body, found });
          return;
        }
      }
      setGiveaways(null);
      await submitEssay({ variables: { exchangeId: exchange.id, body, submitAnyway: anyway } });
      autosave.markSaved(body);
      notifications.show({
        color: 'green',
        title: mine?.status === 'SUBMITTED' ? t('essay.resubmittedTitle') : t('essay.submittedTitle'),
        message: late
          ? exchange.phase === 'REVIEW'
            ? t('essay.withReviewersNow')
            : t('essay.lateIn')
          : t('essay.mayResubmitUntil', { when: formatWhen(exchange.submissionDueAt, timeZone) }),
      });
    } catch (error) {
      setSubmitProblem(errorMessage(error));
    }
  }

  if (!open) {
    return (
      <Stack gap="sm" component="section" aria-labelledby="essay-heading">
        <Text id="essay-heading" component="h2" fw={600} size="lg" m={0}>
          {t('essay.heading')}
        </Text>
        <Alert color={exchange.phase === 'DRAFT' ? 'blue' : 'gray'} variant="light">
          {exchange.phase === 'DRAFT'
            ? t('essay.opensSoon')
            : withReviewers
              ? t('essay.closedWithReviewers')
              : mine?.status === 'SUBMITTED' && mine.submittedAt && mine.submittedAt > exchange.submissionDueAt
                ? t('essay.closedLateIn')
                : mine?.status === 'SUBMITTED'
                  ? t('essay.closedSubmitted')
                  : t('essay.closedNone')}
        </Alert>
        {mine && (
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="submitted-essay" translate="no">
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
        <Text id="essay-heading" component="h2" fw={600} size="lg" m={0}>
          {mine ? t('essay.headingWithPseudonym', { pseudonym: mine.pseudonym }) : t('essay.heading')}
        </Text>
        <Text size="sm" c={autosave.state === 'failed' ? 'red' : 'dimmed'} role="status" aria-live="polite">
          {autosave.label}
        </Text>
      </Group>
      {late && (
        <Alert
          color="blue"
          variant="light"
          title={t('essay.lateTitle', { when: formatWhen(exchange.reviewDueAt, timeZone) })}
          data-testid="late-essay"
        >
          {t('essay.lateBody', {
            when: formatWhen(exchange.submissionDueAt, timeZone),
            reviewing: String(exchange.phase === 'REVIEW'),
          })}
        </Alert>
      )}
      <Textarea
        aria-label={t('essay.fieldLabel')}
        placeholder={t('essay.placeholder')}
        translate="no"
        autosize
        minRows={14}
        ref={essayField}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        error={tooLong ? t('essay.tooLong', { length: body.length, max: MAX }) : undefined}
      />
      {problem && (
        <Alert color="red" variant="light" role="alert">
          {problem}
        </Alert>
      )}
      {giveaways && giveaways.body === body && (
        <EssayGiveawayWarning
          body={body}
          found={giveaways.found}
          submitting={submitting.loading}
          onEdit={() => {
            setGiveaways(null);
            essayField.current?.focus();
          }}
          onSubmitAnyway={() => void submit(true)}
        />
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('essay.words', { count: countWords(body) })} ·{' '}
          {submitted
            ? changed
              ? t('essay.changedSinceSubmitted')
              : t('essay.submittedAt', { when: formatWhen(mine.submittedAt!, timeZone) })
            : late
              ? t('essay.stillWelcomeUntil', { when: formatWhen(exchange.reviewDueAt, timeZone) })
              : t('essay.dueAt', { when: formatWhen(exchange.submissionDueAt, timeZone) })}
        </Text>
        <Button
          onClick={() => void submit()}
          loading={submitting.loading || checking}
          disabled={tooLong || body.trim() === '' || (submitted && !changed)}
        >
          {submitted ? t('essay.resubmit') : t('essay.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
