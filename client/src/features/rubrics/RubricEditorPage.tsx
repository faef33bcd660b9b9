import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { RUBRIC_LIMITS } from '@switchback/shared';
import { Link, useNavigate, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { RubricFieldsFragment } from '../../gql/graphql';
import { submitWithApiErrors, toApiError, type ApiError } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { CriteriaFields } from './CriteriaFields';
import { CreateRubricMutation, DuplicateRubricMutation, RubricQuery, UpdateRubricMutation } from './operations';
import { applyRubricErrors, criteriaInput, validateRubricForm, valuesOf, type RubricValues } from './rubric-form';
import { RubricPreview } from './RubricPreview';
import { RubricAnchorPapers } from '../calibration/RubricAnchorPapers';
import '../../components/lazy-styles';

/** `/rubrics/new` and `/rubrics/:rubricId`: the author edits; others see the preview and may copy it. */
export function RubricEditorPage() {
  const { rubricId } = useParams();
  const { network } = useNetwork();
  const base = `/n/${network.slug}/rubrics`;
  const { data, loading, error, refetch } = useQuery(RubricQuery, {
    variables: { id: rubricId ?? '' },
    skip: !rubricId,
  });
  if (!rubricId) return <RubricEditor key="new" rubric={null} base={base} />;
  if (!data && loading) return <PageLoader label="Loading rubric…" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const rubric = data.rubric;
  if (!rubric.viewerIsOwner) return <RubricReadOnly rubric={rubric} base={base} />;
  return <RubricEditor key={rubric.id} rubric={rubric} base={base} />;
}

function RubricEditor({ rubric, base }: { rubric: RubricFieldsFragment | null; base: string }) {
  const { network } = useNetwork();
  const navigate = useNavigate();
  const [createRubric] = useMutation(CreateRubricMutation, { refetchQueries: ['Rubrics'] });
  const [updateRubric] = useMutation(UpdateRubricMutation, { refetchQueries: ['Rubrics'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm<RubricValues>({
    name: 'rubric',
    initialValues: valuesOf(rubric),
    validate: validateRubricForm,
  });
  const values = form.getValues();

  const submit = submitWithApiErrors(
    form,
    setApiError,
    async (v) => {
      const fields = { title: v.title.trim(), description: v.description.trim(), criteria: criteriaInput(v) };
      if (!rubric) {
        const res = await createRubric({ variables: { input: { networkId: network.id, ...fields } } });
        notifications.show({ color: 'green', title: 'Rubric created', message: `“${fields.title}” is saved.` });
        if (res.data) void navigate(`${base}/${res.data.createRubric.id}`, { replace: true });
        return;
      }
      const res = await updateRubric({ variables: { input: { rubricId: rubric.id, ...fields } } });
      const saved = res.data?.updateRubric;
      if (saved && saved.id !== rubric.id) {
        notifications.show({
          color: 'green',
          title: `Saved as version ${saved.version}`,
          message: 'The version an exchange uses stays as it was.',
        });
        void navigate(`${base}/${saved.id}`, { replace: true });
      } else {
        notifications.show({ color: 'green', title: 'Rubric saved', message: `“${fields.title}” is up to date.` });
      }
    },
    (e) => applyRubricErrors(e, form),
  );

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={base} size="sm">
        ← All rubrics
      </Anchor>
      <PageTitle>{rubric ? `Edit rubric: ${rubric.title}` : 'New rubric'}</PageTitle>
      {rubric?.lockedAt && (
        <Alert variant="light" title={`Version ${rubric.version} is in use`}>
          An exchange uses this rubric, so it will not change: saving makes version {rubric.version + 1}.
        </Alert>
      )}
      <Tabs defaultValue="edit" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="edit">Edit</Tabs.Tab>
          <Tabs.Tab value="preview">Preview as students see it</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="edit" pt="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <FormAlert error={apiError} />
              <TextInput
                label="Title"
                required
                maxLength={RUBRIC_LIMITS.titleMax}
                key={form.key('title')}
                {...form.getInputProps('title')}
              />
              <Textarea
                label="Description"
                description="What the rubric is for, in a sentence or two."
                autosize
                minRows={2}
                maxLength={RUBRIC_LIMITS.descriptionMax}
                key={form.key('description')}
                {...form.getInputProps('description')}
              />
              <CriteriaFields form={form} />
              <Group justify="flex-end">
                <Button component={Link} to={base} variant="default">
                  Cancel
                </Button>
                <Button type="submit" loading={form.submitting}>
                  {rubric ? 'Save rubric' : 'Create rubric'}
                </Button>
              </Group>
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="md">
          <RubricPreview title={values.title} description={values.description} criteria={criteriaInput(values)} />
        </Tabs.Panel>
      </Tabs>
      {rubric && <RubricAnchorPapers rubricId={rubric.id} criteria={rubric.criteria} />}
    </Stack>
  );
}

function RubricReadOnly({ rubric, base }: { rubric: RubricFieldsFragment; base: string }) {
  const navigate = useNavigate();
  const [duplicate, { loading }] = useMutation(DuplicateRubricMutation, { refetchQueries: ['Rubrics'] });
  const [error, setError] = useState<ApiError | null>(null);
  const copy = async () => {
    setError(null);
    try {
      const res = await duplicate({ variables: { id: rubric.id } });
      if (res.data) void navigate(`${base}/${res.data.duplicateRubric.id}`);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={base} size="sm">
        ← All rubrics
      </Anchor>
      <PageTitle>{rubric.title}</PageTitle>
      <Text size="sm" c="dimmed">
        By {rubric.owner.displayName}
        {rubric.sharedWithGroup && `, shared with ${rubric.sharedWithGroup.name}`}. Make a copy to adapt it.
      </Text>
      <FormAlert error={error} />
      <Group>
        <Button onClick={() => void copy()} loading={loading}>
          Duplicate to edit
        </Button>
      </Group>
      <RubricPreview title={rubric.title} description={rubric.description} criteria={rubric.criteria} />
      <RubricAnchorPapers rubricId={rubric.id} criteria={rubric.criteria} />
    </Stack>
  );
}
