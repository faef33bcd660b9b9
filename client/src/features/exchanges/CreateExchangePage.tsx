import { useState } from 'react';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import '@mantine/core/styles/Checkbox.css';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { EXCHANGE_LIMITS, checkExchangeDates } from '@switchback/shared';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import type { ExchangeAnonymity } from '../../gql/graphql';
import { submitWithApiErrors, type ApiError } from '../../lib/errors';
import { timeZoneLabel } from '../../lib/format';
import { fromWallInput, toWallInput, viewerTimeZone } from '../../lib/timeZones';
import { useViewerTimeZone } from '../network/context';
import { TeacherClassesQuery } from '../classes/operations';
import { useNetwork } from '../network/context';
import { RubricsQuery } from '../rubrics/operations';
import { CreateExchangeMutation } from './operations';
import { DateTimeField } from '../../components/DateTimeField';

const L = EXCHANGE_LIMITS;
const DAY = 86_400_000;

interface Values {
  title: string;
  prompt: string;
  rubricId: string;
  reviewsPerSubmission: number | string;
  anonymity: ExchangeAnonymity;
  crossSchoolOnly: boolean;
  acceptLateEssays: boolean;
  submissionDueAt: string;
  reviewDueAt: string;
  feedbackReleaseAt: string;
  classIds: string[];
}

/** A datetime-local value for 5 PM in the zone, some days from now. */
function atFivePm(daysFromNow: number, timeZone: string): string {
  const day = toWallInput(new Date(Date.now() + daysFromNow * DAY).toISOString(), timeZone).slice(0, 10);
  return `${day}T17:00`;
}

/** `/exchanges/new`: a teacher sets up an exchange for their classes. */
export function CreateExchangePage() {
  const { network, viewer } = useNetwork();
  const navigate = useNavigate();
  const base = `/n/${network.slug}/exchanges`;
  const rubrics = useQuery(RubricsQuery, { variables: { networkId: network.id } });
  const classes = useQuery(TeacherClassesQuery, { variables: { networkId: network.id } });
  const [createExchange] = useMutation(CreateExchangeMutation, { refetchQueries: ['MyExchanges'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  // Dates are read on the clock of the teacher's school (the browser's when the school has none).
  const timeZone = useViewerTimeZone() ?? viewerTimeZone();
  const zoneHint = `Time in ${timeZoneLabel(timeZone)}`;
  const form = useForm<Values>({
    name: 'exchange',
    initialValues: {
      title: '',
      prompt: '',
      rubricId: '',
      reviewsPerSubmission: L.reviewsDefault,
      anonymity: 'DOUBLE_BLIND',
      crossSchoolOnly: true,
      acceptLateEssays: true,
      submissionDueAt: atFivePm(7, timeZone),
      reviewDueAt: atFivePm(14, timeZone),
      feedbackReleaseAt: atFivePm(15, timeZone),
      classIds: [],
    },
    validate: (v) => {
      const errors: Record<string, string> = {};
      if (!v.title.trim()) errors.title = 'Give the exchange a title.';
      if (!v.prompt.trim()) errors.prompt = 'Write the prompt and instructions for students.';
      if (!v.rubricId) errors.rubricId = 'Choose a rubric.';
      // A value that is not a time becomes an invalid date, which the shared check names.
      const at = (wall: string) => new Date(fromWallInput(wall, timeZone) ?? Number.NaN);
      const wrong = checkExchangeDates({
        submissionDueAt: at(v.submissionDueAt),
        reviewDueAt: at(v.reviewDueAt),
        feedbackReleaseAt: at(v.feedbackReleaseAt),
      });
      if (wrong) errors[wrong.field] = wrong.message;
      return errors;
    },
  });
  const myClasses = (classes.data?.myClasses ?? []).filter((c) => c.teacherId === viewer.id);

  const submit = submitWithApiErrors(form, setApiError, async (v) => {
    const res = await createExchange({
      variables: {
        input: {
          networkId: network.id,
          title: v.title.trim(),
          prompt: v.prompt.trim(),
          rubricId: v.rubricId,
          reviewsPerSubmission: Number(v.reviewsPerSubmission),
          anonymity: v.anonymity,
          crossSchoolOnly: v.crossSchoolOnly,
          acceptLateEssays: v.acceptLateEssays,
          submissionDueAt: fromWallInput(v.submissionDueAt, timeZone)!,
          reviewDueAt: fromWallInput(v.reviewDueAt, timeZone)!,
          feedbackReleaseAt: fromWallInput(v.feedbackReleaseAt, timeZone)!,
          classIds: v.classIds,
        },
      },
    });
    notifications.show({ color: 'green', title: 'Exchange created', message: 'Invite colleagues, then open it.' });
    if (res.data) void navigate(`${base}/${res.data.createExchange.id}`, { replace: true });
  });

  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to={base} size="sm">
        ← Exchanges
      </Anchor>
      <PageTitle>New exchange</PageTitle>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert error={apiError} />
          <TextInput
            label="Title"
            required
            maxLength={L.titleMax}
            {...form.getInputProps('title')}
            key={form.key('title')}
          />
          <Textarea
            label="Prompt and instructions"
            description="What students write about, and how."
            required
            autosize
            minRows={4}
            maxLength={L.promptMax}
            {...form.getInputProps('prompt')}
            key={form.key('prompt')}
          />
          <Select
            label="Rubric"
            description="The version you choose is locked: editing the rubric later makes a new version."
            required
            placeholder={rubrics.loading ? 'Loading rubrics…' : 'Choose a rubric'}
            data={(rubrics.data?.rubrics ?? []).map((r) => ({
              value: r.id,
              label: `${r.title} (version ${r.version})`,
            }))}
            nothingFoundMessage="No rubrics yet: write one on the Rubrics page."
            {...form.getInputProps('rubricId')}
            key={form.key('rubricId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateTimeField form={form} field="submissionDueAt" label="Essays due" description={zoneHint} />
            <DateTimeField form={form} field="reviewDueAt" label="Reviews due" description={zoneHint} />
            <DateTimeField form={form} field="feedbackReleaseAt" label="Feedback released" description={zoneHint} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Reviews per essay"
              min={L.reviewsMin}
              max={L.reviewsMax}
              allowDecimal={false}
              {...form.getInputProps('reviewsPerSubmission')}
              key={form.key('reviewsPerSubmission')}
            />
            <Select
              label="Anonymity"
              allowDeselect={false}
              data={[
                { value: 'DOUBLE_BLIND', label: 'Double blind: everyone sees pseudonyms' },
                { value: 'REVIEWERS_ANONYMOUS', label: 'Reviewers anonymous' },
              ]}
              {...form.getInputProps('anonymity')}
              key={form.key('anonymity')}
            />
          </SimpleGrid>
          <Switch
            label="Reviewers only from other schools"
            description="When a class has no other school to review it, classmates of other classes fill in."
            {...form.getInputProps('crossSchoolOnly', { type: 'checkbox' })}
            key={form.key('crossSchoolOnly')}
          />
          <Checkbox
            label="Accept late essays until reviews are due"
            description="A late essay still gets reviewers: they are assigned as reviewers start their reviews."
            {...form.getInputProps('acceptLateEssays', { type: 'checkbox' })}
            key={form.key('acceptLateEssays')}
          />
          <Checkbox.Group
            label="My classes in this exchange"
            description="You can add classes later too, until reviews start."
            {...form.getInputProps('classIds')}
            key={form.key('classIds')}
          >
            <Stack gap={6} mt={6}>
              {myClasses.length === 0 ? (
                <Text size="sm" c="dimmed">
                  You have no classes yet.
                </Text>
              ) : (
                myClasses.map((c) => <Checkbox key={c.id} value={c.id} label={c.name} />)
              )}
            </Stack>
          </Checkbox.Group>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              Create exchange
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
