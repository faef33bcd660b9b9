import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Modal, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import type { GroupProposalFieldsFragment as Proposal } from '../../gql/graphql';
import { type ApiError, errorMessage, toApiError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useNetwork } from '../network/context';
import { FOCUS_LABELS, gradeBandLabel, PRIME_FOCUS_LABELS } from './labels';
import {
  DecideGroupProposalMutation,
  GroupProposalsQuery,
  SetTeachersMayStartGroupsMutation,
} from './proposal-operations';

const REASON_MAX = 500;

/**
 * On the Groups page. Coordinators: whether teachers may start groups directly, and the proposed
 * groups waiting for them (approve, or decline with a reason). Teachers and principals: "Propose a
 * group" and what became of their proposals.
 */
export function GroupProposals() {
  const { network, role } = useNetwork();
  const { data, error } = useQuery(GroupProposalsQuery, {
    variables: { networkId: network.id, slug: network.slug },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return error ? <Text size="sm">Proposed groups could not be loaded: {errorMessage(error)}</Text> : null;
  if (role === 'COORDINATOR')
    return <Waiting proposals={data.groupProposals} direct={data.network.teachersMayStartGroups} />;
  return <Mine proposals={data.groupProposals} />;
}

function Waiting({ proposals, direct }: { proposals: Proposal[]; direct: boolean }) {
  const { network } = useNetwork();
  const [setDirect, { loading }] = useMutation(SetTeachersMayStartGroupsMutation);
  const toggle = async (allowed: boolean) => {
    try {
      await setDirect({ variables: { networkId: network.id, allowed } });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not change the setting', message: errorMessage(e) });
    }
  };
  return (
    <Stack component="section" aria-labelledby="proposals-heading" gap="sm">
      <Title order={2} size="h3" id="proposals-heading">
        Proposed groups
      </Title>
      <Switch
        label="Teachers may start groups directly"
        description="Off: groups teachers propose wait here for you. On: they start at once, with the teacher as facilitator."
        checked={direct}
        disabled={loading}
        onChange={(e) => void toggle(e.currentTarget.checked)}
      />
      {proposals.length === 0 ? (
        <Text size="sm">No proposed groups are waiting for you.</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {proposals.map((p) => (
            <WaitingProposal key={p.id} proposal={p} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function focusLine(p: Proposal): string {
  const what =
    p.focus === 'SUBJECT' && p.subject
      ? p.subject
      : p.focus === 'GRADE_BAND' && p.gradeBand
        ? gradeBandLabel(p.gradeBand)
        : FOCUS_LABELS[p.focus];
  return `${what} · ${PRIME_FOCUS_LABELS[p.primeFocus]}`;
}

function WaitingProposal({ proposal: p }: { proposal: Proposal }) {
  const [decide, { loading }] = useMutation(DecideGroupProposalMutation, {
    refetchQueries: ['GroupProposals', 'Groups'],
  });
  const [declining, setDeclining] = useState(false);
  const approve = async () => {
    try {
      await decide({ variables: { input: { proposalId: p.id, approve: true } } });
      notifications.show({
        color: 'green',
        title: 'Group approved',
        message: `${p.name} has started; the invited people were asked to join.`,
      });
    } catch (e) {
      notifications.show({ color: 'red', title: `Could not approve ${p.name}`, message: errorMessage(e) });
    }
  };
  const proposer = p.proposer?.user.displayName ?? 'A teacher';
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={700}>{p.name}</Text>
          <Badge variant="light" tt="none">
            {focusLine(p)}
          </Badge>
        </Group>
        <Text size="sm">
          Proposed by {proposer}
          {p.proposer?.school ? ` (${p.proposer.school.name})` : ''} on {formatDate(p.createdAt)}
        </Text>
        <Text size="sm">Why: {p.reason}</Text>
        {p.description && <Text size="sm">{p.description}</Text>}
        <Text size="sm">
          Invites:{' '}
          {p.invitees.length
            ? p.invitees.map((i) => `${i.user.displayName}${i.school ? ` (${i.school.name})` : ''}`).join(', ')
            : 'nobody yet'}
        </Text>
        <Group gap="xs" mt="xs">
          <Button onClick={() => void approve()} loading={loading} aria-label={`Approve ${p.name}`}>
            Approve
          </Button>
          <Button variant="default" onClick={() => setDeclining(true)} aria-label={`Decline ${p.name}`}>
            Decline…
          </Button>
        </Group>
      </Stack>
      <DeclineModal proposal={p} opened={declining} onClose={() => setDeclining(false)} />
    </Card>
  );
}

function DeclineModal({ proposal, opened, onClose }: { proposal: Proposal; opened: boolean; onClose: () => void }) {
  const [decide, { loading }] = useMutation(DecideGroupProposalMutation, {
    refetchQueries: ['GroupProposals'],
  });
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    setError(null);
    try {
      await decide({ variables: { input: { proposalId: proposal.id, approve: false, reason: reason.trim() } } });
      notifications.show({ color: 'blue', title: 'Proposal declined', message: `We told the teacher why.` });
      onClose();
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Decline ${proposal.name}`} centered>
      <Stack>
        <FormAlert error={error} />
        <Textarea
          label="Why"
          description="The teacher who proposed it reads this."
          required
          autosize
          minRows={3}
          maxLength={REASON_MAX}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error?.fieldErrors.reason}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={loading} onClick={() => void submit()}>
            Decline
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const STATUS_LABELS: Record<Proposal['status'], string> = {
  PENDING: 'Waiting for the coordinator',
  APPROVED: 'Started',
  DECLINED: 'Not approved',
};

function Mine({ proposals }: { proposals: Proposal[] }) {
  const { network } = useNetwork();
  const base = `/n/${network.slug}`;
  return (
    <Stack component="section" aria-labelledby="my-proposals-heading" gap="sm">
      <Title order={2} size="h3" id="my-proposals-heading">
        Groups you proposed
      </Title>
      {proposals.length === 0 ? (
        <Text size="sm">
          No group fits you? Propose one and invite your job-alikes from other schools.{' '}
          <Anchor component={Link} to={`${base}/groups/propose`}>
            Propose a group
          </Anchor>
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {proposals.map((p) => (
            <Card component="li" key={p.id} withBorder radius="md" padding="sm">
              <Group justify="space-between" gap="xs">
                {p.groupId ? (
                  <Anchor component={Link} to={`${base}/groups/${p.groupId}`} fw={700}>
                    {p.name}
                  </Anchor>
                ) : (
                  <Text fw={700}>{p.name}</Text>
                )}
                <Badge
                  variant="light"
                  tt="none"
                  color={p.status === 'APPROVED' ? 'green' : p.status === 'DECLINED' ? 'red' : 'yellow'}
                >
                  {STATUS_LABELS[p.status]}
                </Badge>
              </Group>
              {p.declineReason && <Text size="sm">Why: {p.declineReason}</Text>}
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
