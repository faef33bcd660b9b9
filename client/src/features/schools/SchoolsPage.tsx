import { useState } from 'react';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';
import { stateName } from '../../lib/format';
import { useNetwork, type ShellSchool } from '../network/context';
import { SchoolFormModal } from './SchoolFormModal';
import '../../components/lazy-styles';
import { ScrollTable } from '../../components/ScrollTable';

export function SchoolsPage() {
  const { network } = useNetwork();
  // null: closed; 'new': adding; a school: editing it.
  const [editing, setEditing] = useState<ShellSchool | 'new' | null>(null);
  const schools = [...network.schools].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle>Schools</PageTitle>
        <Button onClick={() => setEditing('new')}>Add school</Button>
      </Group>
      {schools.length === 0 ? (
        <Text>No schools yet. Add the first school of the network.</Text>
      ) : (
        <ScrollTable label="Schools">
          <Table striped highlightOnHover verticalSpacing="sm" captionSide="top" className="responsive-table">
            <Table.Caption style={{ textAlign: 'left' }}>
              {schools.length === 1 ? '1 school' : `${schools.length} schools`} in {network.name}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">Town or area</Table.Th>
                <Table.Th scope="col">Time zone</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {schools.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row" fw={600}>
                    {s.name}
                  </Table.Th>
                  <Table.Td data-label="State">{stateName(s.state)}</Table.Td>
                  <Table.Td data-label="Town or area">{s.locality}</Table.Td>
                  <Table.Td data-label="Time zone">{s.timeZone.replace(/_/g, ' ')}</Table.Td>
                  <Table.Td ta="right" className="actions-cell">
                    <Button size="xs" variant="default" onClick={() => setEditing(s)} aria-label={`Edit ${s.name}`}>
                      Edit
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <SchoolFormModal
        networkId={network.id}
        school={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
