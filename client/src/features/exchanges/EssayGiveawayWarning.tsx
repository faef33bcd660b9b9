import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useT } from '../../lib/i18n';

export interface Giveaway {
  kind: string;
  phrase: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentences of the essay around each phrase, with the phrase marked (at most `max`). */
function excerpts(body: string, found: readonly Giveaway[], max = 4): { before: string; hit: string; after: string }[] {
  if (!found.length) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${found.map((f) => escape(f.phrase)).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return [...body.matchAll(pattern)].slice(0, max).map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const from = Math.max(0, start - 50);
    const to = Math.min(body.length, end + 50);
    return {
      before: `${from > 0 ? '…' : ''}${body.slice(from, start)}`,
      hit: m[0],
      after: `${body.slice(end, to)}${to < body.length ? '…' : ''}`,
    };
  });
}

interface Props {
  body: string;
  found: readonly Giveaway[];
  submitting: boolean;
  onEdit: () => void;
  onSubmitAnyway: () => void;
}

/** Before submitting: the essay names the student's school, town or themselves. Edit, or submit anyway. */
export function EssayGiveawayWarning({ body, found, submitting, onEdit, onSubmitAnyway }: Props) {
  const t = useT('exchanges');
  return (
    <Alert color="orange" variant="light" role="alert" title={t('giveaway.title')} data-testid="essay-giveaways">
      <Text size="sm">{t('giveaway.intro')}</Text>
      <List size="sm" my="xs" aria-label={t('giveaway.listLabel')}>
        {found.map((f) => (
          <List.Item key={`${f.kind}:${f.phrase}`}>
            <mark translate="no">{f.phrase}</mark> — {t('giveaway.names', { kind: f.kind })}
          </List.Item>
        ))}
      </List>
      {excerpts(body, found).map((e, i) => (
        <Text key={i} size="sm" c="dimmed" className="break-word" style={{ whiteSpace: 'pre-wrap' }} translate="no">
          {e.before}
          <mark>{e.hit}</mark>
          {e.after}
        </Text>
      ))}
      <Text size="sm" mt="xs">
        {t('giveaway.instead')}
      </Text>
      <Group mt="sm" gap="sm">
        <Button onClick={onEdit}>{t('giveaway.edit')}</Button>
        <Button variant="default" onClick={onSubmitAnyway} loading={submitting}>
          {t('giveaway.submitAnyway')}
        </Button>
      </Group>
    </Alert>
  );
}
