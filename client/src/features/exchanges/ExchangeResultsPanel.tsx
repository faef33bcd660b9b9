import { useState } from 'react';
import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import '@mantine/core/styles/Accordion.css';
import '@mantine/core/styles/Progress.css';
import '../../components/lazy-styles';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { PageLoader, QueryError } from '../../components/QueryState';
import { PresentInShowcaseButton } from '../showcase/PresentForm';
import { OfferForCalibrationButton } from '../calibration/OfferForCalibrationButton';
import type { CompletionRowFieldsFragment, ExchangeResultsQuery as ResultsData } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import type { ExchangeData } from './ExchangePage';
import { ScoreDistribution } from './ScoreDistribution';
import { CalibrationResultsSection } from './calibration/CalibrationResultsSection';
import { ExchangeResultsQuery, ResolveFlagMutation } from './operations';
import { ESSAY_STATUS_LABELS } from './phases';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { ReviewText, scoreLabel } from './ReviewText';
import { ScrollTable } from '../../components/ScrollTable';
import { EndorseReview } from '../endorsements/EndorseReview';
import { EndorsementsSection } from '../endorsements/EndorsementsSection';
import { ReviewEndorsementsQuery } from '../endorsements/operations';
import { LmsGradeSync } from '../lms/LmsGradeSync';
import type { ReviewEndorsementFieldsFragment } from '../../gql/graphql';

type Results = ResultsData['exchangeResults'];
type Flag = Results['flags'][number];

type FlagChoice = 'HIDE_AND_REASSIGN' | 'HIDE_ONLY' | 'KEEP';
/** What a teacher may do with a flagged review, in the order offered. */
const FLAG_CHOICES: Record<
  FlagChoice,
  { label: string; resolution: 'HIDE' | 'KEEP'; reassign: boolean; title: string; message: string }
> = {
  HIDE_AND_REASSIGN: {
    label: 'Hide and reassign',
    resolution: 'HIDE',
    reassign: true,
    title: 'Review hidden',
    message: 'The essay’s writer will not see it, and the essay gets a new reviewer.',
  },
  HIDE_ONLY: {
    label: 'Hide only',
    resolution: 'HIDE',
    reassign: false,
    title: 'Review hidden',
    message: 'The essay’s writer will not see it. The essay gets no new reviewer.',
  },
  KEEP: {
    label: 'Keep',
    resolution: 'KEEP',
    reassign: false,
    title: 'Review kept',
    message: 'The review stays visible to the essay’s writer.',
  },
};
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** A teacher's results of an exchange: completion, scores, helpfulness, flags, their students' feedback, the CSV. */
export function ExchangeResultsPanel({ exchange }: { exchange: ExchangeData }) {
  const { data, loading, error, refetch } = useQuery(ExchangeResultsQuery, {
    variables: { exchangeId: exchange.id },
    fetchPolicy: 'cache-and-network',
  });
  const endorsements = useQuery(ReviewEndorsementsQuery, {
    variables: { exchangeId: exchange.id },
    fetchPolicy: 'cache-and-network',
  });
  if (!data && loading) return <PageLoader label="Loading results…" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const r = data.exchangeResults;
  const endorsed = new Map((endorsements.data?.reviewEndorsements ?? []).map((e) => [e.reviewId, e]));

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          Your own students appear by name; everyone else by pseudonym, and other schools’ classes by their teacher.
        </Text>
        <Group gap="sm">
          <Anchor href={`/api/exchanges/${exchange.id}/results.csv`} download fw={600}>
            Download scores (CSV)
          </Anchor>
          <PresentInShowcaseButton
            kind="EXCHANGE"
            targetId={exchange.id}
            defaultTitle={exchange.title}
            label="Present these results in the showcase"
            prompt="What the exchange was and what you learned (the showcase shows counts and the mean score, never a student)"
          />
        </Group>
      </Group>
      <LmsGradeSync exchangeId={exchange.id} />
      {r.allocationNotes.length > 0 && (
        <Alert color="yellow" variant="light" title="About the allocation of reviews">
          <List size="sm">
            {r.allocationNotes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Section id="completion-classes" title="Completion by class">
        <CompletionTable rows={r.classes} first="Class" />
      </Section>
      <Section id="completion-schools" title="Completion by school">
        <CompletionTable rows={r.schools} first="School" />
      </Section>
      <Section id="scores" title="Scores by criterion">
        <ScoreDistribution criteria={r.criteria} />
      </Section>
      {r.calibration && (
        <Section id="calibration" title="Reviewers’ accuracy and weighted scores">
          <CalibrationResultsSection calibration={r.calibration} maxScore={r.maxScore} />
        </Section>
      )}
      <Section id="helpfulness" title="Helpfulness of reviewers">
        <HelpfulnessTable rows={r.helpfulness} />
      </Section>
      <Section id="flags" title="Flagged reviews">
        {r.flags.length === 0 ? (
          <Text size="sm" c="dimmed">
            No review by or of your students has been flagged.
          </Text>
        ) : (
          <Stack gap="md">
            {r.flags.map((f) => (
              <FlagCard key={f.id} flag={f} />
            ))}
          </Stack>
        )}
      </Section>
      <Section id="endorsements" title="Endorsed reviews">
        {endorsements.data ? (
          <EndorsementsSection endorsements={endorsements.data.reviewEndorsements} />
        ) : endorsements.loading ? (
          <PageLoader label="Loading endorsed reviews…" />
        ) : (
          <QueryError error={endorsements.error} onRetry={() => void endorsements.refetch()} />
        )}
      </Section>
      <Section id="students" title="Your students’ feedback">
        <StudentsFeedback students={r.students} maxScore={r.maxScore} endorsed={endorsements.data ? endorsed : null} />
      </Section>
    </Stack>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={`${id}-heading`}>
      <Text id={`${id}-heading`} component="h2" fw={600} size="lg" m={0}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

function Bar({ part, whole, label }: { part: number; whole: number; label: string }) {
  return (
    <Stack gap={2} miw={140}>
      <Text size="sm">
        {part} of {whole}
      </Text>
      <Progress value={percent(part, whole)} aria-label={`${label}: ${part} of ${whole}`} size="sm" />
    </Stack>
  );
}

function CompletionTable({ rows, first }: { rows: readonly CompletionRowFieldsFragment[]; first: string }) {
  if (rows.length === 0) return <Text c="dimmed">No classes yet.</Text>;
  return (
    <ScrollTable label={`Completion by ${first.toLowerCase()}`} minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{first}</Table.Th>
            <Table.Th scope="col">Essays submitted</Table.Th>
            <Table.Th scope="col">Late</Table.Th>
            <Table.Th scope="col">Reviews sent</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row" fw={row.isMine ? 700 : 400}>
                {row.label}
                {row.isMine && (
                  <Badge variant="light" ml="xs" size="sm">
                    Yours
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>
                <Bar part={row.submitted} whole={row.students} label={`${row.label}, essays submitted`} />
              </Table.Td>
              <Table.Td>{row.late}</Table.Td>
              <Table.Td>
                <Bar part={row.reviewsSubmitted} whole={row.reviewsAssigned} label={`${row.label}, reviews sent`} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function HelpfulnessTable({ rows }: { rows: Results['helpfulness'] }) {
  if (rows.length === 0) return <Text c="dimmed">No reviews sent yet.</Text>;
  return (
    <ScrollTable label="Helpfulness of reviewers" minWidth={480}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Reviewer</Table.Th>
            <Table.Th scope="col">Reviews sent</Table.Th>
            <Table.Th scope="col">Ratings</Table.Th>
            <Table.Th scope="col">Average helpfulness</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((h) => (
            <Table.Tr key={h.label}>
              <Table.Th scope="row" fw={h.isMine ? 600 : 400}>
                {h.label}
              </Table.Th>
              <Table.Td>{h.reviewsSubmitted}</Table.Td>
              <Table.Td>{h.ratings}</Table.Td>
              <Table.Td>
                {h.averageHelpfulness === null ? '—' : `${Math.round(h.averageHelpfulness * 10) / 10} of 5`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function FlagCard({ flag }: { flag: Flag }) {
  const timeZone = useViewerTimeZone();
  const [problem, setProblem] = useState<string | null>(null);
  const [resolve, { loading }] = useMutation(ResolveFlagMutation, { refetchQueries: ['ExchangeResults'] });
  const [choice, setChoice] = useState<FlagChoice | null>(null);
  const open = flag.status === 'OPEN';

  async function decide(chosen: FlagChoice) {
    setProblem(null);
    setChoice(chosen);
    const { resolution, reassign, title, message } = FLAG_CHOICES[chosen];
    try {
      await resolve({ variables: { input: { flagId: flag.id, resolution, reassign } } });
      notifications.show({ color: 'green', title, message });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`flag-${flag.id}`}>
      <Group justify="space-between" mb="xs">
        <Text id={`flag-${flag.id}`} component="h3" fw={600} m={0}>
          {flag.reviewerLabel}’s review of {flag.authorLabel}’s essay
        </Text>
        <Badge variant="light" color={open ? 'red' : 'gray'}>
          {open ? 'Open' : flag.resolution === 'HIDE' ? 'Hidden' : 'Kept'}
        </Badge>
      </Group>
      <Text size="sm" mb="sm">
        <Text span fw={600}>
          Reason given ({formatWhen(flag.createdAt, timeZone)}):
        </Text>{' '}
        {flag.reason}
      </Text>
      <ReviewText review={flag.review} />
      {problem && (
        <Alert color="red" variant="light" role="alert" mt="sm">
          {problem}
        </Alert>
      )}
      {open && (
        <Group mt="md">
          {(Object.keys(FLAG_CHOICES) as FlagChoice[]).map((c) => (
            <Button
              key={c}
              color={FLAG_CHOICES[c].resolution === 'HIDE' ? 'red' : undefined}
              variant={c === 'HIDE_AND_REASSIGN' ? 'filled' : c === 'HIDE_ONLY' ? 'light' : 'default'}
              onClick={() => void decide(c)}
              loading={loading && choice === c}
              disabled={loading && choice !== c}
            >
              {FLAG_CHOICES[c].label}
            </Button>
          ))}
        </Group>
      )}
    </Card>
  );
}

function StudentsFeedback({
  students,
  maxScore,
  endorsed,
}: {
  students: Results['students'];
  maxScore: number;
  /** Endorsements by review id; null until they are loaded (no endorse button before). */
  endorsed: Map<string, ReviewEndorsementFieldsFragment> | null;
}) {
  if (students.length === 0) return <Text c="dimmed">None of your students is in this exchange yet.</Text>;
  return (
    <Accordion variant="separated" multiple>
      {students.map((s) => (
        <Accordion.Item value={s.student.id} key={s.student.id}>
          <Accordion.Control>
            <Group justify="space-between" wrap="nowrap" pr="sm">
              <Text fw={600}>
                {s.student.displayName}
                {s.pseudonym && (
                  <Text span c="dimmed" fw={400}>
                    {' '}
                    · “{s.pseudonym}”
                  </Text>
                )}
              </Text>
              <Group gap="xs">
                <Badge variant="light" color={s.status === 'SUBMITTED' ? 'green' : 'gray'}>
                  {ESSAY_STATUS_LABELS[s.status] ?? s.status}
                </Badge>
                {s.late && (
                  <Badge variant="light" color="orange">
                    Late
                  </Badge>
                )}
              </Group>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
              <Text size="sm">Reviews received: {s.received.filter((x) => !x.hidden).length}</Text>
              <Text size="sm">
                Average score: {s.averageScore === null ? '—' : scoreLabel(s.averageScore, maxScore)}
              </Text>
              <Text size="sm">
                Reviews written: {s.reviewsSubmitted} of {s.reviewsAssigned}
              </Text>
            </SimpleGrid>
            {s.submissionId && s.status === 'SUBMITTED' && s.pseudonym && (
              <Group mb="sm">
                <PresentInShowcaseButton
                  kind="STUDENT_WORK"
                  targetId={s.submissionId}
                  defaultTitle={`An essay by ${s.pseudonym}`}
                  label="Present this essay in the showcase"
                  prompt={`Why this essay (it is shown only as “${s.pseudonym}”, never with a name, class or school)`}
                />
                <OfferForCalibrationButton submissionId={s.submissionId} pseudonym={s.pseudonym} />
              </Group>
            )}
            {s.received.length === 0 ? (
              <Text size="sm" c="dimmed">
                No reviews of this essay yet.
              </Text>
            ) : (
              <Stack gap="md">
                {s.received.map((rv) => (
                  <Card withBorder padding="sm" key={rv.id} component="article">
                    <Group justify="space-between" mb="xs">
                      <Text fw={600}>Review by {rv.reviewerLabel}</Text>
                      <Group gap="xs">
                        {rv.hidden && (
                          <Badge variant="light" color="gray">
                            Hidden from the student
                          </Badge>
                        )}
                        {rv.helpfulness !== null && <Badge variant="light">Rated {rv.helpfulness} of 5</Badge>}
                      </Group>
                    </Group>
                    <ReviewText review={rv} />
                    {rv.helpfulnessComment && (
                      <Text size="sm" mt="xs" c="dimmed">
                        The student’s comment on this review: {rv.helpfulnessComment}
                      </Text>
                    )}
                    {endorsed && !rv.hidden && (
                      <EndorseReview
                        reviewId={rv.id}

                        endorsement={endorsed.get(rv.id)}
                      />
                    )}
                  </Card>
                ))}
              </Stack>
            )}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
