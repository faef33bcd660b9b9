import { useState } from 'react';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import type { NetworkRole } from '@switchback/shared';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader, QueryError } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { InvitationsQuery as InvitationsResult } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { formatDate, roleLabel } from '../../lib/format';
import { useNetwork } from '../network/context';
import { InvitationLink } from './InvitationLink';
import {
  InvitationsQuery,
  NewInvitationLinkMutation,
  ResendInvitationMutation,
  RevokeInvitationMutation,
} from './operations';

type Row = InvitationsResult['invitations'][number];
interface Shown {
  email: string;
  link: string;
  emailed: boolean | null;
}

/**
 * Invitations not yet accepted, near the Invite button, with Copy link, Resend and Revoke. Only a
 * hash of a link is kept, so copying makes a new link (the earlier one stops working): the person
 * is asked first, and told.
 */
export function PendingInvitations() {
  const { network } = useNetwork();
  const { data, loading, error, refetch } = useQuery(InvitationsQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = ['Invitations'];
  const [newLink, linking] = useMutation(NewInvitationLinkMutation);
  const [resend] = useMutation(ResendInvitationMutation, { refetchQueries });
  const [revoke, revoking] = useMutation(RevokeInvitationMutation, { refetchQueries });
  const [shown, setShown] = useState<Shown | null>(null);
  const [copying, setCopying] = useState<Row | null>(null);
  const [withdrawing, setWithdrawing] = useState<Row | null>(null);
  const [resending, setResending] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [modalError, setModalError] = useState<ApiError | null>(null);
  const invitations = data?.invitations;

  async function confirmCopy() {
    if (!copying) return;
    try {
      const res = await newLink({ variables: { invitationId: copying.id } });
      const inv = res.data!.newInvitationLink;
      setShown({ email: inv.email, link: inv.link ?? '', emailed: false });
      setCopying(null);
    } catch (err) {
      setModalError(toApiError(err));
    }
  }

  async function doResend(row: Row) {
    setActionError(null);
    setResending(row.id);
    try {
      const res = await resend({ variables: { invitationId: row.id } });
      const inv = res.data!.resendInvitation;
      setShown({ email: inv.email, link: inv.link ?? '', emailed: inv.emailed ?? false });
    } catch (err) {
      setActionError(toApiError(err));
    } finally {
      setResending(null);
    }
  }

  async function confirmRevoke() {
    if (!withdrawing) return;
    try {
      await revoke({ variables: { invitationId: withdrawing.id } });
      if (shown?.email === withdrawing.email) setShown(null);
      setWithdrawing(null);
    } catch (err) {
      setModalError(toApiError(err));
    }
  }

  return (
    <Stack component="section" aria-labelledby="invitations-heading" gap="sm">
      <Title order={2} size="h3" id="invitations-heading">
        Pending invitations
      </Title>
      {shown && <InvitationLink {...shown} />}
      <FormAlert error={actionError} />
      {!invitations && loading ? (
        <PageLoader label="Loading invitations…" />
      ) : !invitations ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : invitations.length === 0 ? (
        <Text size="sm">No pending invitations.</Text>
      ) : (
        <ScrollTable label="Pending invitations">
          <Table verticalSpacing="xs" aria-label="Pending invitations" className="responsive-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">School</Table.Th>
                <Table.Th scope="col">Sent</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((inv) => (
                <Table.Tr key={inv.id}>
                  <Table.Th scope="row" fw={600} className="break-word">
                    {inv.email}
                  </Table.Th>
                  <Table.Td data-label="Role">{roleLabel(inv.role as NetworkRole)}</Table.Td>
                  <Table.Td data-label="School">{inv.school?.name ?? '—'}</Table.Td>
                  <Table.Td data-label="Sent">{formatDate(inv.createdAt)}</Table.Td>
                  <Table.Td data-label="Expires">{formatDate(inv.expiresAt)}</Table.Td>
                  <Table.Td className="actions-cell">
                    <Group gap={6} justify="flex-end">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Copy link for ${inv.email}`}
                        onClick={() => {
                          setModalError(null);
                          setCopying(inv);
                        }}
                      >
                        Copy link
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Resend invitation to ${inv.email}`}
                        loading={resending === inv.id}
                        onClick={() => void doResend(inv)}
                      >
                        Resend
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        aria-label={`Revoke invitation to ${inv.email}`}
                        onClick={() => {
                          setModalError(null);
                          setWithdrawing(inv);
                        }}
                      >
                        Revoke
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <ConfirmModal
        opened={copying !== null}
        title={`A new link for ${copying?.email ?? 'this invitation'}?`}
        confirmLabel="Make a new link"
        loading={linking.loading}
        error={modalError}
        onConfirm={() => void confirmCopy()}
        onClose={() => setCopying(null)}
      >
        For safety Switchback keeps no copy of invitation links, so it makes a new one for you to copy. The link sent
        before stops working. Nothing is emailed.
      </ConfirmModal>
      <ConfirmModal
        opened={withdrawing !== null}
        title={`Revoke the invitation to ${withdrawing?.email ?? 'this person'}?`}
        confirmLabel="Revoke"
        danger
        loading={revoking.loading}
        error={modalError}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setWithdrawing(null)}
      >
        The invitation link stops working at once. You can invite them again later.
      </ConfirmModal>
    </Stack>
  );
}
