import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { useNetwork } from '../../network/context';
import { LessonStudyRecordView } from './LessonStudyRecordView';

/** `/n/:slug/lesson-study-records/:lessonStudyId`: a shared lesson study's record, for the network's adults. */
export function LessonStudyRecordPage() {
  const { lessonStudyId = '' } = useParams();
  const { network } = useNetwork();
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/n/${network.slug}/library`} size="sm">
        ← Library
      </Anchor>
      <PageTitle documentTitle={`Shared lesson study – ${network.name}`}>Shared lesson study</PageTitle>
      <LessonStudyRecordView lessonStudyId={lessonStudyId} present />
    </Stack>
  );
}
