import { Autocomplete, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { COMMON_SUBJECTS, GRADE_BANDS, GROUP_FOCUSES, LIMITS, type GroupFocus } from '@switchback/shared';
import type { Role } from '../../gql/graphql';
import { roleLabel } from '../../lib/format';
import { DESCRIPTION_MAX } from './GroupPurposeFields';
import { FOCUS_LABELS, gradeBandLabel } from './labels';

export interface GroupFocusValues {
  name: string;
  focus: GroupFocus;
  subject: string;
  gradeBand: string;
  description: string;
}

const GROUP_ROLES: Role[] = ['TEACHER', 'ADMINISTRATOR', 'COORDINATOR'];

/** The form rules of a group's name, focus and description, as creating and proposing a group share them. */
export function groupFocusRules(example: string) {
  return {
    name: (v: string) => (v.trim() ? null : `Give the group a name, like “${example}”.`),
    subject: (v: string, values: GroupFocusValues) =>
      values.focus !== 'SUBJECT'
        ? null
        : !v.trim()
          ? 'Enter the subject the group gathers.'
          : v.trim().length > LIMITS.subjectMax
            ? `Use at most ${LIMITS.subjectMax} characters.`
            : null,
    gradeBand: (v: string, values: GroupFocusValues) =>
      values.focus !== 'GRADE_BAND' || v ? null : 'Choose a grade band.',
    description: (v: string) =>
      v.length > DESCRIPTION_MAX ? `Keep the description under ${DESCRIPTION_MAX} characters.` : null,
  };
}

/** The input fields of a group's name and focus, from the form's values (only the chosen focus's detail is sent). */
export function groupFocusInput(values: GroupFocusValues, role: Role | null) {
  return {
    name: values.name.trim(),
    focus: values.focus,
    subject: values.focus === 'SUBJECT' ? values.subject.trim() : null,
    gradeBand: values.focus === 'GRADE_BAND' ? values.gradeBand : null,
    role: values.focus === 'ROLE' ? role : null,
    description: values.description.trim(),
  };
}

interface GroupFocusFieldsProps<T extends GroupFocusValues> {
  form: UseFormReturnType<T>;
  /** Subjects offered first (the person's own), before the common ones. */
  subjects?: readonly string[];
  /** Whether a role is chosen (creating) or is the person's own (proposing: said, not asked). */
  chooseRole: boolean;
}

/** Group name, focus and the focus's detail (subject, grade band or role): shared by creating and proposing a group. */
export function GroupFocusFields<T extends GroupFocusValues>({
  form,
  subjects = [],
  chooseRole,
}: GroupFocusFieldsProps<T>) {
  const { focus } = form.getValues() as GroupFocusValues;
  return (
    <>
      <TextInput
        label="Group name"
        maxLength={LIMITS.nameMax}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label="Focus"
          description="What the group gathers people by."
          required
          data={GROUP_FOCUSES.map((f) => ({ value: f, label: FOCUS_LABELS[f] }))}
          {...form.getInputProps('focus')}
        />
        {focus === 'SUBJECT' && (
          <Autocomplete
            label="Subject"
            description="Pick or type a subject."
            required
            data={[...new Set([...subjects, ...COMMON_SUBJECTS])]}
            maxLength={LIMITS.subjectMax}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('subject')}
          />
        )}
        {focus === 'GRADE_BAND' && (
          <NativeSelect
            label="Grade band"
            description="Teachers of these grades."
            required
            data={[
              { value: '', label: 'Choose a grade band…', disabled: true },
              ...GRADE_BANDS.map((b) => ({ value: b, label: gradeBandLabel(b) })),
            ]}
            {...form.getInputProps('gradeBand')}
          />
        )}
        {focus === 'ROLE' &&
          (chooseRole ? (
            <NativeSelect
              label="Role"
              description="People with this role."
              required
              data={GROUP_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
              {...form.getInputProps('role')}
            />
          ) : (
            <Text size="sm">A group of people with your role in the network.</Text>
          ))}
      </SimpleGrid>
    </>
  );
}
