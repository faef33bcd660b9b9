import { useState, type ReactNode } from 'react';
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { roleLabel } from '../../lib/format';
import { useNetwork } from './context';

const AdultCandidatesQuery = graphql(`
  query AdultCandidates($networkId: ID!, $search: String) {
    members(networkId: $networkId, search: $search, first: 20) {
      nodes {
        id
        role
        school {
          id
          name
        }
        user {
          id
          displayName
        }
      }
    }
  }
`);

export interface AdultPickerProps {
  label: string;
  description: string;
  value: string[];
  onChange: (userIds: string[]) => void;
  maxValues: number;
  required?: boolean;
  /** Leave the signed-in person out of the choices. */
  excludeViewer?: boolean;
  error?: ReactNode;
  /** The form's field marker, so focusFirstError can find the input. */
  'data-path'?: string;
}

/** Adults of the network, searched by name on the server; keeps the names of those already picked. */
export function AdultPicker({ value, onChange, excludeViewer, 'data-path': dataPath, ...field }: AdultPickerProps) {
  const { network, viewer } = useNetwork();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const { data, previousData, loading } = useQuery(AdultCandidatesQuery, {
    variables: { networkId: network.id, search: debounced || undefined },
  });
  const nodes = (data ?? previousData)?.members.nodes ?? [];
  const found = nodes
    .filter((m) => m.role !== 'STUDENT' && !(excludeViewer && m.user.id === viewer.id))
    .map((m) => ({
      value: m.user.id,
      label: m.school ? `${m.user.displayName} (${m.school.name})` : `${m.user.displayName} (${roleLabel(m.role)})`,
    }));
  const options = [
    ...found,
    ...value.filter((id) => !found.some((o) => o.value === id)).map((id) => ({ value: id, label: picked[id] ?? id })),
  ];

  return (
    <MultiSelect
      {...field}
      placeholder={value.length ? undefined : 'Search people'}
      data={options}
      value={value}
      onChange={(ids) => {
        setPicked((prev) => {
          const next = { ...prev };
          for (const o of options) if (ids.includes(o.value)) next[o.value] = o.label;
          return next;
        });
        onChange(ids);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by name.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? 'Searching…' : 'No one found'}
      hidePickedOptions
      clearable
      data-path={dataPath}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
