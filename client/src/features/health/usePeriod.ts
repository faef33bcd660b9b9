import { useUrlParam } from '../../lib/useUrlParam';
import { periodFromParams, type ChosenPeriod, type PeriodPreset } from './period';

export interface PeriodControls {
  period: ChosenPeriod;
  setPreset: (preset: PeriodPreset) => void;
  setFirstDay: (day: string) => void;
  setLastDay: (day: string) => void;
  /** The period in the address, for links to the print view. */
  search: string;
}

/** The chosen period, kept in the address so the page and its print view can be linked to. */
export function usePeriod(): PeriodControls {
  const [preset, setPresetParam] = useUrlParam('period');
  const [from, setFrom] = useUrlParam('from');
  const [to, setTo] = useUrlParam('to');
  const period = periodFromParams(preset, from, to);
  const params = new URLSearchParams({ period: period.preset });
  if (period.preset === 'custom') {
    params.set('from', period.firstDay);
    params.set('to', period.lastDay);
  }
  return {
    period,
    setPreset: (next) => {
      if (next === 'custom' && period.preset !== 'custom') {
        // Start from the days shown, so switching to custom dates changes nothing until edited.
        setFrom(period.firstDay);
        setTo(period.lastDay);
      }
      setPresetParam(next);
    },
    setFirstDay: setFrom,
    setLastDay: setTo,
    search: `?${params.toString()}`,
  };
}
