import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { LIMITS, NETWORK_ROLES, ROLE_LABELS } from '@switchback/shared';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageTitle } from '../../components/PageTitle';
import { ResultCount } from '../../components/ResultCount';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { MembersQuery, MemberStatus, Role } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { gradesSummary, roleLabel } from '../../lib/format';
import { useNetwork } from '../network/context';
import { StudentDataActions } from '../privacy/StudentDataActions';
import { ChangeRoleModal } from './ChangeRoleModal';
import { InviteModal } from './InviteModal';
import { PendingInvitations } from './PendingInvitations';
import { DeactivateMemberMutation, MembersQuery as MembersDocument, ReactivateMemberMutation } from './operations';
import '../../components/lazy-styles';
import { useLoadMore } from '../../lib/useLoadMore';
import { ScrollTable } from '../../components/ScrollTable';

export type MemberRow = MembersQuery['members']['nodes'][number];

const PAGE_SIZE = 20;

export function PeoplePage() {
  const { network, role: myRole } = useNetwork();
  const isCoordinator = myRole === 'COORDINATOR';
  const canInvite = isCoordinator || myRole === 'ADMINISTRATOR';
  const [inviting, setInviting] = useState(false);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle>People</PageTitle>
        {canInvite && <Button onClick={() => setInviting(true)}>Invite someone</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        {isCoordinator
          ? `Everyone who works in ${network.name}. Find colleagues by name, role or school.`
          : `Colleagues in ${network.name}. Find people who teach what you teach.`}
      </Text>
      {canInvite && <PendingInvitations />}
      <MemberDirectory />
      {canInvite && <InviteModal opened={inviting} onClose={() => setInviting(false)} />}
    </Stack>
  );
}

function MemberDirectory() {
  const { network, role: myRole, membership } = useNetwork();
  const isCoordinator = myRole === 'COORDINATOR';
  // Principals see their school's students, with "Export data" and "Delete data" for each.
  const hasActions = isCoordinator || myRole === 'ADMINISTRATOR';
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | ''>('');
  const [schoolId, setSchoolId] = useState('');
  const [status, setStatus] = useState<MemberStatus>('ACTIVE');
  const [changing, setChanging] = useState<MemberRow | null>(null);
  const [toggling, setToggling] = useState<MemberRow | null>(null);
  const [toggleError, setToggleError] = useState<ApiError | null>(null);

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MembersDocument, {
    variables: {
      networkId: network.id,
      search: debouncedSearch || undefined,
      role: role || undefined,
      schoolId: schoolId || undefined,
      status: isCoordinator ? status : undefined,
      first: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [deactivate, deactivation] = useMutation(DeactivateMemberMutation);
  const [reactivate, reactivation] = useMutation(ReactivateMemberMutation);

  const page = (data ?? previousData)?.members;
  // Students appear only for principals (their own school's students).
  const roleOptions = NETWORK_ROLES.filter((r) => r !== 'STUDENT' || myRole === 'ADMINISTRATOR');
  const schools = [...network.schools].sort((a, b) => a.name.localeCompare(b.name));

  const { loadingMore, loadMore } = useLoadMore(
    page?.pageInfo.endCursor,
    (after) => fetchMore({ variables: { after } }),
    'Could not load more people',
  );

  const confirmToggle = async () => {
    if (!toggling) return;
    setToggleError(null);
    const active = toggling.status === 'ACTIVE';
    try {
      if (active) await deactivate({ variables: { memberId: toggling.id } });
      else await reactivate({ variables: { memberId: toggling.id } });
      notifications.show({
        color: 'green',
        title: active ? 'Deactivated' : 'Reactivated',
        message: active
          ? `${toggling.user.displayName} can no longer sign in to ${network.name}.`
          : `${toggling.user.displayName} can sign in to ${network.name} again.`,
      });
      setToggling(null);
    } catch (e) {
      setToggleError(toApiError(e));
    }
  };

  return (
    <Stack component="section" aria-labelledby="directory-heading" gap="md">
      <Title order={2} size="h3" id="directory-heading">
        Member directory
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: isCoordinator ? 4 : 3 }} spacing="sm">
        <TextInput
          label="Search people"
          placeholder="Name, email or username"
          type="search"
          value={search}
          maxLength={LIMITS.searchMax}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <NativeSelect
          label="Filter by role"
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as Role | '')}
          data={[{ value: '', label: 'All roles' }, ...roleOptions.map((r) => ({ value: r, label: ROLE_LABELS[r] }))]}
        />
        <NativeSelect
          label="Filter by school"
          value={schoolId}
          onChange={(e) => setSchoolId(e.currentTarget.value)}
          data={[{ value: '', label: 'All schools' }, ...schools.map((s) => ({ value: s.id, label: s.name }))]}
        />
        {isCoordinator && (
          <NativeSelect
            label="Filter by status"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as MemberStatus)}
            data={[
              { value: 'ACTIVE', label: 'Active' },
              { value: 'DEACTIVATED', label: 'Deactivated' },
            ]}
          />
        )}
      </SimpleGrid>

      {!page && loading ? (
        <PageLoader label="Loading people…" />
      ) : !page ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <ResultCount
            shown={page.nodes.length}
            total={page.totalCount}
            noun={['person', 'people']}
            empty="No one matches these filters."
          />
          {page.nodes.length > 0 && (
            <ScrollTable label="Members">
              <Table striped highlightOnHover verticalSpacing="sm" aria-label="Members" className="responsive-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" miw="10rem">
                      Name
                    </Table.Th>
                    <Table.Th scope="col">Email or username</Table.Th>
                    <Table.Th scope="col">Role</Table.Th>
                    <Table.Th scope="col">School</Table.Th>
                    <Table.Th scope="col">Subjects</Table.Th>
                    {hasActions && (
                      <Table.Th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.nodes.map((m) => {
                    const isMe = m.id === membership.id;
                    return (
                      <Table.Tr key={m.id}>
                        <Table.Th scope="row" fw={600}>
                          {m.user.displayName}
                          {isMe && (
                            <Badge ml="xs" size="sm" variant="light" color="gray">
                              You
                            </Badge>
                          )}
                          {m.status === 'DEACTIVATED' && (
                            <Badge ml="xs" size="sm" variant="light" color="red">
                              Deactivated
                            </Badge>
                          )}
                        </Table.Th>
                        <Table.Td className="break-word" data-label={m.user.email ? 'Email' : 'Username'}>
                          {m.user.email ? (
                            <Anchor href={`mailto:${m.user.email}`} underline="hover" size="sm">
                              {m.user.email}
                            </Anchor>
                          ) : (
                            (m.user.username ?? '')
                          )}
                        </Table.Td>
                        <Table.Td data-label="Role">{roleLabel(m.role)}</Table.Td>
                        <Table.Td data-label="School">{m.school?.name ?? '—'}</Table.Td>
                        <Table.Td data-label="Subjects">
                          {m.subjects.length || m.gradeLevels.length ? (
                            <>
                              {m.subjects.join(', ')}
                              {m.gradeLevels.length > 0 && (
                                <Text span display="block" size="xs" c="dimmed">
                                  {gradesSummary(m.gradeLevels)}
                                </Text>
                              )}
                            </>
                          ) : (
                            '—'
                          )}
                        </Table.Td>
                        {!isCoordinator && hasActions && (
                          <Table.Td className="actions-cell">
                            {m.role === 'STUDENT' && (
                              <Group gap={6} justify="flex-end">
                                <StudentDataActions
                                  student={{ studentId: m.user.id, displayName: m.user.displayName }}
                                />
                              </Group>
                            )}
                          </Table.Td>
                        )}
                        {isCoordinator && (
                          <Table.Td className="actions-cell">
                            {!isMe && (
                              <Group gap={6} justify="flex-end">
                                {m.role !== 'STUDENT' && m.status === 'ACTIVE' && (
                                  <Button
                                    size="xs"
                                    variant="default"
                                    onClick={() => setChanging(m)}
                                    aria-label={`Change role of ${m.user.displayName}`}
                                  >
                                    Change role
                                  </Button>
                                )}
                                <Button
                                  size="xs"
                                  variant="default"
                                  color={m.status === 'ACTIVE' ? 'red' : undefined}
                                  onClick={() => {
                                    setToggleError(null);
                                    setToggling(m);
                                  }}
                                  aria-label={`${m.status === 'ACTIVE' ? 'Deactivate' : 'Reactivate'} ${m.user.displayName}`}
                                >
                                  {m.status === 'ACTIVE' ? 'Deactivate' : 'Reactivate'}
                                </Button>
                              </Group>
                            )}
                          </Table.Td>
                        )}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
          {page.pageInfo.hasNextPage && (
            <Group justify="center">
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                Load more
              </Button>
            </Group>
          )}
        </>
      )}

      <ChangeRoleModal member={changing} onClose={() => setChanging(null)} />
      <ConfirmModal
        opened={toggling !== null}
        title={
          toggling
            ? `${toggling.status === 'ACTIVE' ? 'Deactivate' : 'Reactivate'} ${toggling.user.displayName}?`
            : 'Confirm'
        }
        confirmLabel={toggling?.status === 'ACTIVE' ? 'Deactivate' : 'Reactivate'}
        danger={toggling?.status === 'ACTIVE'}
        loading={deactivation.loading || reactivation.loading}
        error={toggleError}
        onConfirm={() => void confirmToggle()}
        onClose={() => setToggling(null)}
      >
        {toggling?.status === 'ACTIVE'
          ? `${toggling.user.displayName} will no longer be able to sign in to ${network.name}. Their account and history stay, and you can reactivate them later.`
          : `${toggling?.user.displayName ?? 'This person'} will be able to sign in to ${network.name} again.`}
      </ConfirmModal>
    </Stack>
  );
}
