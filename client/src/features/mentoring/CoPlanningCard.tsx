import { useState } from 'react';
import { Anchor, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, toApiError } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { CoPlanningUnitsQuery, UpdateMentorshipMutation } from './operations';

interface Props {
  pairId: string;
  unit: { id: string; title: string } | null | undefined;
  canWrite: boolean;
}

/** The unit the pair co-plans on (in the unit's own live editor), and choosing it from the library. */
export function CoPlanningCard({ pairId, unit, canWrite }: Props) {
  const { network } = useNetwork();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const units = useQuery(CoPlanningUnitsQuery, {
    variables: { networkId: network.id, search: debounced || undefined },
    skip: !canWrite,
  });
  const [save, { loading }] = useMutation(UpdateMentorshipMutation);
  const options = (units.data ?? units.previousData)?.library.nodes.map((u) => ({ value: u.id, label: u.title })) ?? [];
  const run = (input: { unitId?: string; clearUnit?: boolean }) => {
    setError(null);
    save({ variables: { input: { mentorshipId: pairId, ...input } } })
      .then(() => setChosen(null))
      .catch((e: unknown) => setError(toApiError(e)));
  };
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="co-planning-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="co-planning-title">
          Co-planning
        </Title>
        {unit ? (
          <Anchor component={Link} to={`/n/${network.slug}/units/${unit.id}`}>
            Open “{unit.title}” in the live editor
          </Anchor>
        ) : (
          <Text size="sm">Choose a unit of the library to plan together in its live editor.</Text>
        )}
        {canWrite && (
          <>
            <Select
              label={unit ? 'Plan another unit' : 'Unit to co-plan'}
              placeholder="Search the library"
              searchable
              clearable
              searchValue={search}
              onSearchChange={setSearch}
              data={options}
              value={chosen}
              onChange={setChosen}
              nothingFoundMessage="No unit by that title"
            />
            <FormAlert error={error} />
            <Group gap="xs">
              <Button mih={44} disabled={!chosen} loading={loading} onClick={() => chosen && run({ unitId: chosen })}>
                Link unit
              </Button>
              {unit && (
                <Button mih={44} variant="default" loading={loading} onClick={() => run({ clearUnit: true })}>
                  Unlink
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
