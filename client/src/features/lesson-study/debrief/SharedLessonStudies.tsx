import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatWhen, plural } from '../../../lib/format';
import { useNetwork, useViewerTimeZone } from '../../network/context';
import { LessonStudyRecordsQuery } from './operations';

/** The network's shared lesson studies, in the library (or beside one unit); nothing when there are none. */
export function SharedLessonStudies({ unitId }: { unitId?: string }) {
  const { network } = useNetwork();
  const timeZone = useViewerTimeZone();
  const { data } = useQuery(LessonStudyRecordsQuery, { variables: { networkId: network.id, unitId: unitId ?? null } });
  const records = data?.lessonStudyRecords ?? [];
  if (!records.length) return null;
  return (
    <Stack component="section" gap="xs" aria-labelledby="shared-lesson-studies">
      <Title order={2} size="h4" id="shared-lesson-studies">
        Shared lesson studies
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {records.map((r) => (
          <li key={r.lessonStudyId}>
            <Anchor component={Link} to={`/n/${network.slug}/lesson-study-records/${r.lessonStudyId}`} fw={600}>
              {r.title}
            </Anchor>
            <Text size="sm" className="break-anywhere">
              {r.theme}
            </Text>
            <Text size="xs" c="dimmed">
              Shared {formatWhen(r.sharedAt as string, timeZone)} · {plural(r.revisionsAccepted, 'revision')} made
            </Text>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
