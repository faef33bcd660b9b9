import { Anchor, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatJoinCode } from '@switchback/shared';
import { gradeLabel } from '../../lib/format';

export interface ClassSummary {
  id: string;
  name: string;
  subject: string;
  gradeLevel: string;
  joinCode: string;
}

/** A teacher's classes as cards, each with its join code and a link to its roster. */
export function ClassCardList({ classes, base }: { classes: readonly ClassSummary[]; base: string }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {classes.map((c) => (
        <Card key={c.id} component="li" withBorder radius="md" padding="md">
          <Stack gap={4}>
            <Anchor component={Link} to={`${base}/classes/${c.id}`} fw={700}>
              {c.name}
            </Anchor>
            <Text size="sm">
              {c.subject} · {gradeLabel(c.gradeLevel)}
            </Text>
            <Text size="sm">
              Join code:{' '}
              <Text span ff="monospace" fw={700}>
                {formatJoinCode(c.joinCode)}
              </Text>
            </Text>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
