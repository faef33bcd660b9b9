import { Group, Select, TextInput } from '@mantine/core';
import { customPeriodErrors, isPreset, PERIOD_PRESETS } from './period';
import type { PeriodControls } from './usePeriod';

interface Props {
  controls: PeriodControls;
  /** Messages from the server for the `from` and `to` fields. */
  serverErrors: Record<string, string>;
}

/** Presets (this school year, last 30 or 90 days) or two days of one's own, inclusive. */
export function HealthPeriodPicker({ controls, serverErrors }: Props) {
  const { period } = controls;
  const custom = period.preset === 'custom';
  const local = custom ? customPeriodErrors(period) : {};
  return (
    <Group align="flex-start" gap="sm" className="no-print">
      <Select
        label="Period"
        data={PERIOD_PRESETS.map((p) => ({ value: p.value, label: p.label }))}
        value={period.preset}
        onChange={(value) => value && isPreset(value) && controls.setPreset(value)}
        allowDeselect={false}
        w={200}
      />
      {custom && (
        <>
          <TextInput
            type="date"
            label="First day"
            value={period.firstDay}
            onChange={(e) => controls.setFirstDay(e.currentTarget.value)}
            error={local.from ?? serverErrors.from}
            w={180}
          />
          <TextInput
            type="date"
            label="Last day"
            value={period.lastDay}
            onChange={(e) => controls.setLastDay(e.currentTarget.value)}
            error={local.to ?? serverErrors.to}
            w={180}
          />
        </>
      )}
    </Group>
  );
}
