import { Accordion, Card, Stack, Text } from '@mantine/core';
import '@mantine/core/styles/Accordion.css';
import '../../components/lazy-styles';
import { useQuery } from '@apollo/client/react';
import type { ExampleReviewsQuery as Data } from '../../gql/graphql';
import { ExampleReviewsQuery } from './operations';
import { useT } from '../../lib/i18n';

type Example = Data['exampleReviews'][number];

/**
 * "What a helpful comment looks like": reviews teachers endorsed and the writers' teachers approved,
 * from other exchanges of the network, signed only by their writer's pseudonym. Open before the
 * student's first review; collapsed afterwards. Nothing at all when there are none (or they fail
 * to load: the review itself matters more).
 */
export function ExampleReviews({ exchangeId, open }: { exchangeId: string; open: boolean }) {
  const t = useT('endorsements');
  const { data } = useQuery(ExampleReviewsQuery, { variables: { exchangeId } });
  const examples = data?.exampleReviews ?? [];
  if (examples.length === 0) return null;
  return (
    <Accordion variant="contained" defaultValue={open ? 'examples' : null} order={2}>
      <Accordion.Item value="examples">
        <Accordion.Control>
          <Text component="span" fw={600}>
            {t('examples.title', { count: examples.length })}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" c="dimmed" mb="sm">
            {t('examples.intro')}
          </Text>
          <Stack gap="md">
            {examples.map((e) => (
              <ExampleCard key={e.id} example={e} />
            ))}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

function ExampleCard({ example }: { example: Example }) {
  const t = useT('endorsements');
  const heading = `example-${example.id}`;
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={heading}>
      <Text id={heading} component="h3" fw={600} size="md" m={0} mb={4} className="break-word">
        {t('examples.by', { pseudonym: example.reviewerPseudonym })}
      </Text>
      <Text size="sm" c="dimmed" mb="xs" className="break-word">
        {t('examples.writtenFor', { title: example.exchangeTitle, sameRubric: String(example.sameRubric) })}
      </Text>
      <Stack gap="xs" component="dl" m={0}>
        {example.comments.map((c) => (
          <div key={c.criterionTitle}>
            <Text component="dt" fw={600} size="sm" translate="no">
              {c.criterionTitle}
            </Text>
            <Text
              component="dd"
              m={0}
              size="sm"
              className="break-word"
              style={{ whiteSpace: 'pre-wrap' }}
              translate="no"
            >
              {c.comment}
            </Text>
          </div>
        ))}
        <div>
          <Text component="dt" fw={600} size="sm">
            {t('examples.strength')}
          </Text>
          <Text component="dd" m={0} size="sm" className="break-word" style={{ whiteSpace: 'pre-wrap' }} translate="no">
            {example.strength}
          </Text>
        </div>
        <div>
          <Text component="dt" fw={600} size="sm">
            {t('examples.nextStep')}
          </Text>
          <Text component="dd" m={0} size="sm" className="break-word" style={{ whiteSpace: 'pre-wrap' }} translate="no">
            {example.nextStep}
          </Text>
        </div>
      </Stack>
      {example.note && (
        <Text size="sm" mt="xs" fs="italic" className="break-word">
          {t('examples.whyChosen')} <span translate="no">{example.note}</span>
        </Text>
      )}
    </Card>
  );
}
