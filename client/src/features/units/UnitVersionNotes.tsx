import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { formatDate, plural } from '../../lib/format';
import { PublishedVersions, type Version } from './PublishedVersions';

interface VersionedUnit {
  id: string;
  status: string;
  forkedFromId?: string | null;
  latestVersion?: Version | null;
  forkedFromVersion?: Version | null;
  upstreamVersions: readonly Version[];
  forkedFrom?: { id: string; title: string } | null;
}

/**
 * Under the unit's title: "Updated <date>: <note>" once it has more than one version, and the
 * published versions to browse and compare. Authors are reminded that they write the draft.
 */
export function UnitVersionLine({ unit, canEdit }: { unit: VersionedUnit; canEdit: boolean }) {
  const [open, setOpen] = useState(false);
  const latest = unit.latestVersion;
  if (!latest) return null;
  return (
    <Group gap="xs" align="center" wrap="wrap" className="no-print">
      <Text size="sm">
        {latest.number > 1 ? (
          <>
            <strong>Updated {formatDate(latest.createdAt)}:</strong> {latest.note}
          </>
        ) : (
          `Version 1, published ${formatDate(latest.createdAt)}.`
        )}
        {canEdit && unit.status === 'PUBLISHED'
          ? ` You are writing the draft of the next version: readers see version ${latest.number} until you publish your changes.`
          : ''}
      </Text>
      <Button size="compact-sm" variant="subtle" onClick={() => setOpen(true)}>
        {latest.number > 1 ? `All ${latest.number} versions` : 'Versions'}
      </Button>
      <PublishedVersions unitId={unit.id} opened={open} onClose={() => setOpen(false)} />
    </Group>
  );
}

/** On a fork: the original has new versions since the one copied; see what changed. */
export function UpstreamChanges({ unit }: { unit: VersionedUnit }) {
  const [open, setOpen] = useState(false);
  const copied = unit.forkedFromVersion;
  const newer = unit.upstreamVersions;
  if (!copied || !unit.forkedFromId || newer.length === 0) return null;
  const latest = newer[0];
  return (
    <Alert color="blue" variant="light" title="The original has changed since you adapted it" className="no-print">
      <Text size="sm">
        You adapted version {copied.number} of {unit.forkedFrom?.title ?? 'the original'}. Since then{' '}
        {plural(newer.length, 'new version')} {newer.length === 1 ? 'was' : 'were'} published
        {newer.length === 1 ? '' : `, the latest on ${formatDate(latest.createdAt)}`}:
      </Text>
      <Text component="ul" size="sm" my="xs">
        {newer.map((v) => (
          <li key={v.id}>
            Version {v.number} ({formatDate(v.createdAt)}): {v.note}
          </li>
        ))}
      </Text>
      <Button size="sm" variant="light" onClick={() => setOpen(true)}>
        See what changed upstream
      </Button>
      <PublishedVersions
        unitId={unit.forkedFromId}
        opened={open}
        onClose={() => setOpen(false)}
        initial={{ kind: 'compare', from: copied.id, to: latest.id }}
      />
    </Alert>
  );
}
