import { useEffect, useRef, useState } from 'react';
import {
  Anchor,
  Autocomplete,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { COMMON_SUBJECTS, GRADE_LEVELS, LIMITS } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { JoinCode } from '../../components/JoinCode';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { CreateClassMutation as CreatedData } from '../../gql/graphql';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { gradeLabel } from '../../lib/format';
import { useNetwork } from '../network/context';
import { CreateClassMutation, TeacherClassesQuery } from './operations';
import { ClassCardList } from './ClassCardList';
import '../../components/lazy-styles';

type CreatedClass = CreatedData['createClass'];

export function ClassesPage() {
  const { network } = useNetwork();
  const [created, setCreated] = useState<CreatedClass | null>(null);
  const { data, loading, error, refetch } = useQuery(TeacherClassesQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  const base = `/n/${network.slug}`;
  const classes = data?.myClasses;
  const createdHeading = useRef<HTMLHeadingElement>(null);

  // Announce the new class and its code: move focus to it.
  useEffect(() => {
    if (created) createdHeading.current?.focus();
  }, [created]);

  return (
    <Stack gap="lg">
      <PageTitle>Classes</PageTitle>
      <CreateClassCard onCreated={setCreated} />
      {created && (
        <Stack gap="xs" component="section" aria-labelledby="created-heading">
          <Title order={2} size="h3" id="created-heading" ref={createdHeading} tabIndex={-1}>
            {created.name} is ready
          </Title>
          <JoinCode code={created.joinCode} className={created.name} />
          <Anchor component={Link} to={`${base}/classes/${created.id}`}>
            Open {created.name}
          </Anchor>
        </Stack>
      )}
      <Stack component="section" aria-labelledby="my-classes-heading" gap="sm">
        <Title order={2} size="h3" id="my-classes-heading">
          My classes
        </Title>
        {!classes && loading ? (
          <PageLoader label="Loading classes…" />
        ) : !classes ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : classes.length === 0 ? (
          <Text>No classes yet. Create one above and share its join code with your students.</Text>
        ) : (
          <ClassCardList classes={classes} base={base} />
        )}
      </Stack>
    </Stack>
  );
}

const GRADE_OPTIONS = [
  { value: '', label: 'Choose a grade…', disabled: true },
  ...GRADE_LEVELS.map((g) => ({ value: g, label: gradeLabel(g) })),
];

function CreateClassCard({ onCreated }: { onCreated: (c: CreatedClass) => void }) {
  const { network, membership } = useNetwork();
  const [createClass] = useMutation(CreateClassMutation, { refetchQueries: ['TeacherClasses'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const subjects = [...new Set([...membership.subjects, ...COMMON_SUBJECTS])];
  const form = useForm({
    name: 'create-class',
    mode: 'uncontrolled',
    initialValues: {
      name: '',
      subject: membership.subjects[0] ?? '',
      gradeLevel: membership.gradeLevels.length === 1 ? membership.gradeLevels[0] : '',
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the class a name, like “English 10: Argument Writing”.'),
      subject: (v) =>
        !v.trim()
          ? 'Enter the subject.'
          : v.trim().length > LIMITS.subjectMax
            ? `Use at most ${LIMITS.subjectMax} characters.`
            : null,
      gradeLevel: (v) => (v ? null : 'Choose a grade level.'),
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const { data } = await createClass({
      variables: {
        input: {
          networkId: network.id,
          name: values.name.trim(),
          subject: values.subject.trim(),
          gradeLevel: values.gradeLevel,
        },
      },
    });
    if (data) {
      onCreated(data.createClass);
      form.reset();
    }
  });

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="create-class-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="create-class-heading">
            Create a class
          </Title>
          <Text size="sm" c="dimmed">
            You get a join code to share with your students{membership.school ? ` at ${membership.school.name}` : ''}.
          </Text>
          <FormAlert error={apiError} />
          <TextInput
            label="Class name"
            maxLength={LIMITS.nameMax}
            required
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Autocomplete
              label="Subject"
              required
              data={subjects}
              maxLength={LIMITS.subjectMax}
              comboboxProps={{ withinPortal: true }}
              key={form.key('subject')}
              {...form.getInputProps('subject')}
            />
            <NativeSelect
              label="Grade level"
              required
              data={GRADE_OPTIONS}
              key={form.key('gradeLevel')}
              {...form.getInputProps('gradeLevel')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={form.submitting}>
              Create class
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
