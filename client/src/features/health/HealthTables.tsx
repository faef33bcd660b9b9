import { Badge, Table, Text } from '@mantine/core';
import { formatDate, roleLabel } from '../../lib/format';
import { SEASON_LABELS } from '../convenings/labels';
import { PHASE_LABELS } from '../exchanges/phases';
import { percentText, unitStatusLabel, type Health } from './useNetworkHealth';
import '../../components/lazy-styles';
import { ScrollTable } from '../../components/ScrollTable';

const NO_SCHOOL = 'Network staff (no school)';

function Wrap({ children, label, minWidth = 480 }: { children: React.ReactNode; label: string; minWidth?: number }) {
  return (
    <ScrollTable label={label} minWidth={minWidth}>
      <Table striped withTableBorder verticalSpacing={6} className="health-table">
        {children}
      </Table>
    </ScrollTable>
  );
}

/** A row's header cell: its name, and a line of detail under it. */
function NameCell({ title, detail }: { title: string; detail: string }) {
  return (
    <Table.Th scope="row" fw={600}>
      <span className="break-word">{title}</span>
      <Text size="xs" c="dimmed" fw={400}>
        {detail}
      </Text>
    </Table.Th>
  );
}

/** Members and active members per school, with each role of the school on its own line. */
export function MembersTable({ health }: { health: Health }) {
  return (
    // Narrow enough for a 390 px phone: the "Active" figures are the point of the table.
    <Wrap label="Active members by school and role" minWidth={340}>
      <Table.Caption>Active members by school and role</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">School and role</Table.Th>
          <Table.Th scope="col" ta="right">
            Members
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Active
          </Table.Th>
          <Table.Th scope="col" ta="right">
            % active
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {health.members.bySchool.map((s) => [
          <Table.Tr key={s.schoolId ?? 'none'}>
            <Table.Th scope="row">{s.schoolName ?? NO_SCHOOL}</Table.Th>
            <Table.Td ta="right" fw={700}>
              {s.members}
            </Table.Td>
            <Table.Td ta="right" fw={700}>
              {s.active}
            </Table.Td>
            <Table.Td ta="right" fw={700}>
              {percentText(s.percentActive)}
            </Table.Td>
          </Table.Tr>,
          ...s.roles.map((r) => (
            <Table.Tr key={`${s.schoolId ?? 'none'}-${r.role}`}>
              <Table.Td pl="xl">{roleLabel(r.role)}</Table.Td>
              <Table.Td ta="right">{r.members}</Table.Td>
              <Table.Td ta="right">{r.active}</Table.Td>
              <Table.Td ta="right">
                {percentText(r.members ? Math.round((r.active / r.members) * 1000) / 10 : null)}
              </Table.Td>
            </Table.Tr>
          )),
        ])}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">Whole network</Table.Th>
          <Table.Th ta="right">{health.members.members}</Table.Th>
          <Table.Th ta="right">{health.members.active}</Table.Th>
          <Table.Th ta="right">{percentText(health.members.percentActive)}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Wrap>
  );
}

export function GroupsTable({ health, limit }: { health: Health; limit?: number }) {
  const groups = limit ? health.groups.slice(0, limit) : health.groups;
  return (
    <Wrap minWidth={620} label="Groups by activity, most active first">
      <Table.Caption>Groups by activity, most active first</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Group</Table.Th>
          <Table.Th scope="col" ta="right">
            Posts
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Check-ins
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Units edited
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Active people
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Members
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((g) => (
          <Table.Tr key={g.groupId}>
            <Table.Th scope="row" fw={600}>
              {g.name}{' '}
              {g.quiet && (
                <Badge size="xs" color="yellow" variant="filled" autoContrast tt="none">
                  Quiet
                </Badge>
              )}
            </Table.Th>
            <Table.Td ta="right">{g.posts}</Table.Td>
            <Table.Td ta="right">{g.checkIns}</Table.Td>
            <Table.Td ta="right">{g.unitsEdited}</Table.Td>
            <Table.Td ta="right">{g.activeMembers}</Table.Td>
            <Table.Td ta="right">{g.members}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Wrap>
  );
}

export function IsolatedTable({ health }: { health: Health }) {
  if (health.isolated.count === 0) return <Text>Everyone is in an active group.</Text>;
  return (
    <Wrap label="Teachers and principals in no active group, today">
      <Table.Caption>Teachers and principals in no active group, today</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Name</Table.Th>
          <Table.Th scope="col">School</Table.Th>
          <Table.Th scope="col">Role</Table.Th>
          <Table.Th scope="col">Why</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {health.isolated.members.map((m) => (
          <Table.Tr key={m.membershipId}>
            <Table.Th scope="row" fw={600}>
              {m.name}
            </Table.Th>
            <Table.Td>{m.schoolName ?? NO_SCHOOL}</Table.Td>
            <Table.Td>{roleLabel(m.role)}</Table.Td>
            <Table.Td>
              {m.reason === 'NO_GROUP'
                ? 'In no group'
                : m.lastGroupActivityAt
                  ? `Groups quiet since ${formatDate(m.lastGroupActivityAt)}`
                  : 'Groups quiet'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Wrap>
  );
}

export function UnitsTable({ health }: { health: Health }) {
  return (
    <Wrap minWidth={280} label="Units by status (today)">
      <Table.Caption>Units by status (today)</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Status</Table.Th>
          <Table.Th scope="col" ta="right">
            Units
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {health.units.byStatus.map((s) => (
          <Table.Tr key={s.status}>
            <Table.Th scope="row">{unitStatusLabel(s.status)}</Table.Th>
            <Table.Td ta="right">{s.count}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">All units</Table.Th>
          <Table.Th ta="right">{health.units.total}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Wrap>
  );
}

export function CrossSchoolUnitsTable({ health }: { health: Health }) {
  if (health.units.crossSchool === 0) return <Text>No unit has authors from two schools yet.</Text>;
  return (
    <Wrap label="Units written by authors from two or more schools">
      <Table.Caption>Units written by authors from two or more schools</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Unit</Table.Th>
          <Table.Th scope="col">Status</Table.Th>
          <Table.Th scope="col">Schools</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {health.units.crossSchoolUnits.map((u) => (
          <Table.Tr key={u.unitId}>
            <Table.Th scope="row" fw={600} className="break-word">
              {u.title}
            </Table.Th>
            <Table.Td>{unitStatusLabel(u.status)}</Table.Td>
            <Table.Td>{u.schools.join(', ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Wrap>
  );
}

export function ExchangesTable({ health }: { health: Health }) {
  if (health.exchanges.length === 0) return <Text>No peer-feedback exchange ran in this period.</Text>;
  return (
    <Wrap minWidth={720} label="Peer-feedback exchanges in the period (counts only)">
      <Table.Caption>Peer-feedback exchanges in the period (counts only)</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Exchange</Table.Th>
          <Table.Th scope="col" ta="right">
            Classes
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Students
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Essays submitted
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Reviews done
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {health.exchanges.map((x) => (
          <Table.Tr key={x.exchangeId}>
            <NameCell
              title={x.title}
              detail={`${PHASE_LABELS[x.phase] ?? x.phase} · essays due ${formatDate(x.submissionDueAt)}`}
            />
            <Table.Td ta="right">{x.classes}</Table.Td>
            <Table.Td ta="right">{x.studentsEnrolled}</Table.Td>
            <Table.Td ta="right">
              {x.essaysSubmitted} ({percentText(x.submissionPercent)})
            </Table.Td>
            <Table.Td ta="right">
              {x.reviewsCompleted} of {x.reviewsAssigned} ({percentText(x.reviewPercent)})
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Wrap>
  );
}

export function ConveningsTable({ health }: { health: Health }) {
  if (health.convenings.length === 0) return <Text>No published convening started in this period.</Text>;
  return (
    <Wrap minWidth={760} label="Convenings starting in the period">
      <Table.Caption>Convenings starting in the period</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Convening</Table.Th>
          <Table.Th scope="col" ta="right">
            Going / maybe / not going
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Sessions
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Seats (waitlist)
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Checked in
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Attended
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {health.convenings.map((c) => (
          <Table.Tr key={c.conveningId}>
            <NameCell title={c.title} detail={`${SEASON_LABELS[c.season] ?? c.season} · ${formatDate(c.startsAt)}`} />
            <Table.Td ta="right">
              {c.going} / {c.maybe} / {c.notGoing}
            </Table.Td>
            <Table.Td ta="right">{c.sessions}</Table.Td>
            <Table.Td ta="right">
              {c.seatsConfirmed} ({c.seatsWaitlisted})
            </Table.Td>
            <Table.Td ta="right">
              {c.checkIns} ({percentText(c.attendancePercent)} of seats)
            </Table.Td>
            <Table.Td ta="right">
              {c.attendees} ({percentText(c.turnoutPercent)} of going)
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Wrap>
  );
}
