import { useState } from 'react';
import { Alert, Button, Checkbox, FileInput, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { US_STATES } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import type { RosterPreviewFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { timeZoneOptions } from '../../lib/timeZones';
import { useNetwork } from '../network/context';
import { ApplyRosterImportMutation, PreviewRosterImportMutation } from './operations';
import { readRosterFiles, type RosterUpload } from './read-files';
import { RefusedRows, RosterPreview } from './RosterPreview';
import '../../components/lazy-styles';
import '@mantine/core/styles/Checkbox.css';

const STATE_OPTIONS = Object.entries(US_STATES)
  .map(([value, label]) => ({ value, label: `${label} (${value})` }))
  .sort((a, b) => a.label.localeCompare(b.label));

/**
 * A coordinator imports the network's roster from a OneRoster export (Clever, ClassLink): upload,
 * read the preview (what will be added, updated and removed, and the rows refused), then apply.
 */
export function RosterImportPage() {
  const { network } = useNetwork();
  const [chosen, setChosen] = useState<File[]>([]);
  const [state, setState] = useState<string | null>(null);
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const [upload, setUpload] = useState<RosterUpload | null>(null);
  const [preview, setPreview] = useState<RosterPreviewFieldsFragment | null>(null);
  const [applied, setApplied] = useState<RosterPreviewFieldsFragment | null>(null);
  const [applyRemovals, setApplyRemovals] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [previewRoster, previewing] = useMutation(PreviewRosterImportMutation);
  const [applyRoster, applying] = useMutation(ApplyRosterImportMutation, { refetchQueries: ['NetworkShell'] });

  const options = () => ({
    networkId: network.id,
    newSchoolState: state ?? undefined,
    newSchoolTimeZone: timeZone ?? undefined,
  });

  const runPreview = async () => {
    setError(null);
    setApplied(null);
    if (!chosen.length) {
      setError({
        code: 'BAD_USER_INPUT',
        message: 'Choose the export first: the zip, or its CSV files.',
        fieldErrors: {},
      });
      return;
    }
    try {
      const files = await readRosterFiles(chosen);
      const res = await previewRoster({ variables: { input: { ...options(), ...files } } });
      setUpload(files);
      setPreview(res.data!.previewRosterImport);
      setApplyRemovals(false);
    } catch (e) {
      setPreview(null);
      setError(toApiError(e));
    }
  };

  const runApply = async () => {
    if (!preview || !upload) return;
    setError(null);
    try {
      const res = await applyRoster({
        variables: { input: { ...options(), ...upload, planDigest: preview.digest, applyRemovals } },
      });
      setApplied(res.data!.applyRosterImport.applied);
      setPreview(null);
      notifications.show({ color: 'green', title: 'Roster imported', message: 'The changes are in Switchback.' });
    } catch (e) {
      setError(toApiError(e));
    }
  };

  const removals = preview?.enrollments.remove ?? 0;
  const anything =
    preview &&
    ['schools', 'teachers', 'students', 'classes', 'enrollments'].some((k) => {
      const s = preview[k as 'schools'];
      return s.add + s.update + s.match + s.remove > 0;
    });

  return (
    <Stack gap="lg" maw={760}>
      <PageTitle>Import a roster</PageTitle>
      <Text>
        Upload your district&apos;s OneRoster export from Clever or ClassLink: the zip as it comes, or its CSV files
        (orgs, users, roles, classes, enrollments). You see every change first; nothing is written until you apply.
      </Text>
      <Stack
        gap="sm"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void runPreview();
        }}
      >
        <FileInput
          label="Export files"
          description="One .zip, or the .csv files together."
          placeholder="Choose files"
          multiple
          clearable
          clearButtonProps={{ 'aria-label': 'Clear the chosen files' }}
          accept=".zip,.csv,text/csv,application/zip"
          value={chosen}
          onChange={(files) => {
            setChosen(files);
            setPreview(null);
          }}
        />
        <Text size="sm" c="dimmed">
          New schools get this state and time zone (change them later under Schools). Left empty, they get those of most
          of your schools.
        </Text>
        <Group grow preventGrowOverflow={false} wrap="wrap" align="flex-start">
          <Select
            label="State of new schools"
            data={STATE_OPTIONS}
            searchable
            clearable
            value={state}
            onChange={setState}
            miw={220}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Time zone of new schools"
            data={timeZoneOptions()}
            searchable
            clearable
            limit={200}
            value={timeZone}
            onChange={setTimeZone}
            miw={220}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        <Group>
          <Button type="submit" loading={previewing.loading}>
            Preview changes
          </Button>
        </Group>
      </Stack>
      <FormAlert error={error} title="The import could not go ahead" />
      {preview && (
        <Stack gap="md" aria-live="polite">
          <Title order={2} size="h3">
            What will change
          </Title>
          <RefusedRows errors={preview.errors} />
          <RosterPreview preview={preview} />
          {removals > 0 && (
            <Alert color="red" variant="light" title="Removals">
              <Stack gap="xs">
                <Text size="sm">
                  The export no longer lists {removals === 1 ? '1 enrollment' : `${removals} enrollments`} that an
                  earlier import made (marked Remove above). A student taken out of their last class can no longer sign
                  in; their work stays.
                </Text>
                <Checkbox
                  label={`Also remove ${removals === 1 ? 'this enrollment' : `these ${removals} enrollments`}`}
                  checked={applyRemovals}
                  onChange={(e) => setApplyRemovals(e.currentTarget.checked)}
                />
              </Stack>
            </Alert>
          )}
          <Group>
            <Button onClick={() => void runApply()} loading={applying.loading} disabled={!anything}>
              Apply import
            </Button>
            {!anything && <Text size="sm">Nothing to change: Switchback already matches this export.</Text>}
          </Group>
        </Stack>
      )}
      {applied && (
        <Stack gap="md" aria-live="polite">
          <Title order={2} size="h3">
            Imported
          </Title>
          <Text size="sm">
            New teachers have no password yet: they choose one with &quot;Forgot your password?&quot; on the sign-in
            page, using their school email. Teachers give their students a password from the class roster (&quot;Reset
            password&quot;).
          </Text>
          <RefusedRows errors={applied.errors} />
          <RosterPreview preview={applied} past />
        </Stack>
      )}
    </Stack>
  );
}
