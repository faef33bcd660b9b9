import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { GroupCardFieldsFragment } from '../../gql/graphql';
import { plural } from '../../lib/format';
import { JoinButton } from './JoinButton';
import { ACCESS_LABELS, FOCUS_LABELS, PRIME_FOCUS_LABELS, gatherLabel } from './labels';

interface GroupCardProps {
  group: GroupCardFieldsFragment;
  base: string;
  /** Heading level of the group's name in the page outline. */
  headingOrder?: 2 | 3 | 4;
  component?: 'li' | 'div';
  onJoined?: () => void | Promise<unknown>;
}

/** A group in a list: name, what it gathers, prime focus, access, members, and the join state. */
export function GroupCard({ group, base, headingOrder = 3, component = 'li', onJoined }: GroupCardProps) {
  return (
    <Card component={component} withBorder radius="md" padding="md">
      <Stack gap="xs" h="100%">
        <Title order={headingOrder} size="h5">
          <Anchor component={Link} to={`${base}/groups/${group.id}`} fw={700} className="break-word">
            {group.name}
          </Anchor>
        </Title>
        <Text size="sm">
          {FOCUS_LABELS[group.focus]}: <strong>{gatherLabel(group)}</strong>
        </Text>
        <Group gap={6}>
          <Badge variant="light">{PRIME_FOCUS_LABELS[group.primeFocus]}</Badge>
          <Badge variant="light" color={group.access === 'OPEN' ? 'teal' : 'grape'}>
            {ACCESS_LABELS[group.access]}
          </Badge>
          <Badge variant="light" color="gray">
            {plural(group.memberCount, 'member')}
          </Badge>
        </Group>
        {group.description && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {group.description}
          </Text>
        )}
        <Group mt="auto" pt={4}>
          <JoinButton group={group} size="xs" onJoined={onJoined} />
        </Group>
      </Stack>
    </Card>
  );
}
