import { Autocomplete, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { COMMON_SUBJECTS, GRADE_BANDS, LIMITS, UNIT_LIMITS } from '@switchback/shared';
import { gradeBandLabel } from '../groups/labels';

export interface UnitDetailsValues {
  title: string;
  subject: string;
  gradeBand: string;
  summary: string;
}

export const unitDetailsValidation = {
  title: (v: string) =>
    !v.trim()
      ? 'Give the unit a title, like “Persuasive letters to the school board”.'
      : v.trim().length > UNIT_LIMITS.titleMax
        ? `Keep the title under ${UNIT_LIMITS.titleMax} characters.`
        : null,
  subject: (v: string) => (v.trim().length > LIMITS.subjectMax ? `Use at most ${LIMITS.subjectMax} characters.` : null),
  summary: (v: string) =>
    v.length > UNIT_LIMITS.summaryMax ? `Keep the summary under ${UNIT_LIMITS.summaryMax} characters.` : null,
};

/** Title, subject, grade band and summary of a unit, for the create and edit forms. */
export function UnitDetailsFields({ form }: { form: UseFormReturnType<UnitDetailsValues> }) {
  return (
    <>
      <TextInput
        label="Title"
        maxLength={UNIT_LIMITS.titleMax}
        required
        data-autofocus
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Autocomplete
          label="Subject"
          description="Optional. Pick or type a subject."
          data={[...COMMON_SUBJECTS]}
          maxLength={LIMITS.subjectMax}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('subject')}
        />
        <NativeSelect
          label="Grade band"
          description="Optional."
          data={[
            { value: '', label: 'No grade band' },
            ...GRADE_BANDS.map((b) => ({ value: b, label: gradeBandLabel(b) })),
          ]}
          {...form.getInputProps('gradeBand')}
        />
      </SimpleGrid>
      <Textarea
        label="Summary"
        description="Optional. A few sentences for colleagues browsing the library."
        autosize
        minRows={3}
        maxRows={10}
        maxLength={UNIT_LIMITS.summaryMax}
        {...form.getInputProps('summary')}
      />
    </>
  );
}
