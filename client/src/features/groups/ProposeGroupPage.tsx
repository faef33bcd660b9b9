import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { GroupFocus, PrimeFocus } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { ProposeGroupJobAlikesQuery as JobAlikesData } from '../../gql/graphql';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { GroupFocusFields, groupFocusInput, groupFocusRules } from './GroupFocusFields';
import { GroupPurposeFields } from './GroupPurposeFields';
import { ProposeGroupJobAlikesQuery, ProposeGroupMutation } from './proposal-operations';
import '../../components/lazy-styles';

const REASON_MAX = 500;

/**
 * A teacher proposes a job-alike group and invites some of their job-alikes. Opened from a
 * job-alike's card ("Propose a group with …", `?with=<userId>&subject=<subject>`) or the Groups page.
 */
export function ProposeGroupPage() {
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(ProposeGroupJobAlikesQuery, {
    variables: { networkId: network.id, slug: network.slug },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack gap="lg" maw={720}>
      <PageTitle>Propose a group</PageTitle>
      {!data && loading ? (
        <PageLoader label="Loading your job-alikes…" />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <ProposeGroupForm jobAlikes={data.jobAlikes} direct={data.network.teachersMayStartGroups} />
      )}
    </Stack>
  );
}

function ProposeGroupForm({ jobAlikes, direct }: { jobAlikes: JobAlikesData['jobAlikes']; direct: boolean }) {
  const { network, membership, role } = useNetwork();
  const base = `/n/${network.slug}`;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const withId = params.get('with') ?? '';
  const colleague = jobAlikes.find((j) => j.member.user.id === withId);
  const subject = params.get('subject') ?? colleague?.sharedSubjects[0] ?? membership.subjects[0] ?? '';
  const [propose] = useMutation(ProposeGroupMutation, { refetchQueries: ['GroupProposals', 'Groups'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'propose-group',
    initialValues: {
      name: subject ? `${subject} Job-Alike` : '',
      focus: 'SUBJECT' as GroupFocus,
      subject,
      gradeBand: '',
      description: '',
      primeFocus: 'CURRICULUM' as PrimeFocus,
      reason: '',
      inviteeIds: colleague ? [colleague.member.user.id] : ([] as string[]),
    },
    validate: {
      ...groupFocusRules('Science Job-Alike'),
      reason: (v) =>
        !v.trim()
          ? 'Say in a sentence why you want this group.'
          : v.length > REASON_MAX
            ? `Keep it under ${REASON_MAX} characters.`
            : null,
    },
  });

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const { data } = await propose({
      variables: {
        input: {
          networkId: network.id,
          ...groupFocusInput(values, role),
          primeFocus: values.primeFocus,
          reason: values.reason.trim(),
          inviteeIds: values.inviteeIds,
        },
      },
    });
    const proposal = data?.proposeGroup;
    if (proposal?.groupId) {
      notifications.show({
        color: 'green',
        title: 'Group started',
        message: `${proposal.name} is ready, and the people you invited were asked to join.`,
      });
      navigate(`${base}/groups/${proposal.groupId}`);
    } else {
      notifications.show({
        color: 'green',
        title: 'Proposal sent',
        message: `Your network coordinator will look at ${values.name.trim()}. You will get a notification.`,
      });
      navigate(`${base}/groups`);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {direct
            ? `${network.name} lets teachers start groups: the group starts as soon as you send this, with you as its facilitator.`
            : `Your network coordinator approves new groups. Once approved, the group starts with you as its facilitator.`}{' '}
          The people you invite get a notification asking them to join; they decide.
        </Text>
        <FormAlert error={apiError} />
        <GroupFocusFields form={form} subjects={membership.subjects} chooseRole={false} />
        <GroupPurposeFields form={form} />
        <Textarea
          label="Why this group"
          description="A sentence or two for your coordinator and the people you invite."
          required
          autosize
          minRows={2}
          maxLength={REASON_MAX}
          {...form.getInputProps('reason')}
        />
        <Checkbox.Group
          label="Invite job-alikes"
          description={
            jobAlikes.length
              ? 'They get a notification asking them to join once the group starts.'
              : 'You have no job-alikes in other schools yet; you can still propose the group.'
          }
          {...form.getInputProps('inviteeIds')}
        >
          <Stack gap="xs" mt="xs">
            {jobAlikes.map((j) => (
              <Checkbox
                key={j.member.id}
                value={j.member.user.id}
                label={`${j.member.user.displayName}${j.member.school ? ` · ${j.member.school.name}` : ''}${
                  j.member.subjects.length ? ` · ${j.member.subjects.join(', ')}` : ''
                }`}
                styles={{ body: { minHeight: 44, alignItems: 'center' } }}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button component={Link} to={`${base}/groups`} variant="default">
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {direct ? 'Start the group' : 'Send to coordinator'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
