import { useState } from 'react';
import { Button, Card, Group, Modal, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { UnitVersionFieldsFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/format';
import { CompareUnitVersionsQuery, UnitVersionQuery, UnitVersionsQuery } from './operations';
import { UnitSections } from './UnitSections';

export type Version = UnitVersionFieldsFragment;

/** "Version 2 · 3 Dec 2026". */
export const versionLabel = (v: Pick<Version, 'number' | 'createdAt'>) =>
  `Version ${v.number} · ${formatDate(v.createdAt)}`;

type View = { kind: 'list' } | { kind: 'read'; id: string } | { kind: 'compare'; from: string; to: string };

interface PublishedVersionsProps {
  unitId: string;
  opened: boolean;
  onClose: () => void;
  /** Open straight on a comparison (a fork's "what changed upstream"). */
  initial?: View;
}

/** The unit's published versions: read any of them, or compare two. */
export function PublishedVersions({ unitId, opened, onClose, initial }: PublishedVersionsProps) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened} onClose={onClose} title="Published versions" fullScreen={fullScreen} size="xl">
      {opened && <VersionsBody unitId={unitId} initial={initial ?? { kind: 'list' }} />}
    </Modal>
  );
}

function VersionsBody({ unitId, initial }: { unitId: string; initial: View }) {
  const { data, loading, error, refetch } = useQuery(UnitVersionsQuery, { variables: { id: unitId } });
  const [view, setView] = useState<View>(initial);
  const versions = data?.unit.versions;
  if (!versions && loading) return <PageLoader label="Loading the versions…" />;
  if (!versions) return <QueryError error={error} onRetry={() => void refetch()} />;
  const back = (
    <Button variant="subtle" size="sm" onClick={() => setView({ kind: 'list' })} style={{ alignSelf: 'flex-start' }}>
      ← All versions
    </Button>
  );
  if (view.kind === 'read') {
    return (
      <Stack gap="md">
        {back}
        <VersionText versionId={view.id} />
      </Stack>
    );
  }
  if (view.kind === 'compare') {
    return (
      <Stack gap="md">
        {back}
        <ComparePicker versions={versions} from={view.from} to={view.to} onChange={setView} />
        <VersionDiff from={view.from} to={view.to} />
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Readers and the library see the latest version. Each one is kept as it was published.
      </Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Published versions">
        {versions.map((v, i) => {
          const previous = versions[i + 1];
          return (
            <Card key={v.id} component="li" withBorder radius="md" padding="sm">
              <Stack gap={4}>
                <Text fw={600} size="sm">
                  {versionLabel(v)}
                  {i === 0 ? ' (latest)' : ''}
                </Text>
                <Text size="sm" className="break-word">
                  {v.note}
                </Text>
                <Text size="xs" c="dimmed">
                  Published {formatDateTime(v.createdAt)}
                  {v.createdBy ? ` by ${v.createdBy.displayName}` : ''}
                </Text>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setView({ kind: 'read', id: v.id })}
                    aria-label={`Read version ${v.number}`}
                  >
                    Read
                  </Button>
                  {previous && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setView({ kind: 'compare', from: previous.id, to: v.id })}
                      aria-label={`What changed in version ${v.number}`}
                    >
                      What changed
                    </Button>
                  )}
                </Group>
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}

function ComparePicker(props: {
  versions: readonly Version[];
  from: string;
  to: string;
  onChange: (view: View) => void;
}) {
  const { versions, from, to, onChange } = props;
  const options = versions.map((v) => ({ value: v.id, label: versionLabel(v) }));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label="Compare"
        data={options}
        value={from}
        onChange={(e) => onChange({ kind: 'compare', from: e.currentTarget.value, to })}
      />
      <NativeSelect
        label="with"
        data={options}
        value={to}
        onChange={(e) => onChange({ kind: 'compare', from, to: e.currentTarget.value })}
      />
    </Group>
  );
}

function VersionText({ versionId }: { versionId: string }) {
  const { data, loading, error, refetch } = useQuery(UnitVersionQuery, { variables: { id: versionId } });
  const version = data?.unitVersion;
  if (!version && loading) return <PageLoader label="Loading the version…" />;
  if (!version) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {versionLabel(version)}
      </Title>
      <Text size="sm">{version.note}</Text>
      <UnitSections sections={version.sections} stageOrder={4} />
    </Stack>
  );
}

/** What changed between two versions, section by section: added text underlined, removed text struck through. */
export function VersionDiff({ from, to }: { from: string; to: string }) {
  const { data, loading, error, refetch } = useQuery(CompareUnitVersionsQuery, { variables: { from, to } });
  const sections = data?.compareUnitVersions;
  if (!sections && loading) return <PageLoader label="Comparing…" />;
  if (!sections) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (from === to) return <Text size="sm">Choose two different versions to compare.</Text>;
  const changed = sections.filter((s) => s.changed);
  const same = sections.filter((s) => !s.changed);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Added text is <ins className="unit-diff__added">underlined in green</ins>; removed text is{' '}
        <del className="unit-diff__removed">struck through in red</del>.
      </Text>
      {changed.length === 0 && <Text>The two versions have the same text.</Text>}
      {changed.map((s) => (
        <section key={s.id} aria-labelledby={`diff-${s.id}`}>
          <Title order={4} size="h5" id={`diff-${s.id}`}>
            {s.title}
          </Title>
          <Text component="p" className="pre-wrap unit-diff">
            {s.changes.map((c, i) =>
              c.kind === 'ADDED' ? (
                <ins key={i} className="unit-diff__added">
                  <span className="visually-hidden">[added: </span>
                  {c.text}
                  <span className="visually-hidden">]</span>
                </ins>
              ) : c.kind === 'REMOVED' ? (
                <del key={i} className="unit-diff__removed">
                  <span className="visually-hidden">[removed: </span>
                  {c.text}
                  <span className="visually-hidden">]</span>
                </del>
              ) : (
                <span key={i}>{c.text}</span>
              ),
            )}
          </Text>
        </section>
      ))}
      {changed.length > 0 && same.length > 0 && (
        <Text size="sm" c="dimmed">
          Unchanged: {same.map((s) => s.title).join(', ')}.
        </Text>
      )}
    </Stack>
  );
}
