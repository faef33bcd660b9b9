import { NativeSelect, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { GROUP_ACCESS, PRIME_FOCUSES, type GroupAccess, type PrimeFocus } from '@switchback/shared';
import { ACCESS_HINTS, ACCESS_LABELS, PRIME_FOCUS_HINTS, PRIME_FOCUS_LABELS } from './labels';

export const DESCRIPTION_MAX = 2000;

export interface GroupPurposeValues {
  description: string;
  primeFocus: PrimeFocus;
  access?: GroupAccess;
}

/**
 * Description, prime focus and access: the same fields when a group is created, edited or proposed
 * (a proposed group is always open, so its form has no access).
 */
export function GroupPurposeFields<T extends GroupPurposeValues>({ form }: { form: UseFormReturnType<T> }) {
  const values = form.getValues() as GroupPurposeValues;
  return (
    <>
      <Textarea
        label="Description"
        description="Optional. What the group works on together."
        autosize
        minRows={2}
        maxRows={8}
        maxLength={DESCRIPTION_MAX}
        {...form.getInputProps('description')}
      />
      <NativeSelect
        label="Prime focus"
        description={PRIME_FOCUS_HINTS[values.primeFocus]}
        required
        data={PRIME_FOCUSES.map((p) => ({ value: p, label: PRIME_FOCUS_LABELS[p] }))}
        {...form.getInputProps('primeFocus')}
      />
      {values.access && (
        <NativeSelect
          label="Access"
          description={ACCESS_HINTS[values.access]}
          required
          data={GROUP_ACCESS.map((a) => ({ value: a, label: ACCESS_LABELS[a] }))}
          {...form.getInputProps('access')}
        />
      )}
    </>
  );
}
