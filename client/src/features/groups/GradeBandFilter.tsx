import { NativeSelect } from '@mantine/core';
import { GRADE_BANDS } from '@switchback/shared';
import { gradeBandLabel } from './labels';

/** A "Grade band" filter whose empty value means all bands. */
export function GradeBandFilter({ value, onChange }: { value: string; onChange: (band: string) => void }) {
  return (
    <NativeSelect
      label="Grade band"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: 'All grade bands' },
        ...GRADE_BANDS.map((b) => ({ value: b, label: gradeBandLabel(b) })),
      ]}
    />
  );
}
