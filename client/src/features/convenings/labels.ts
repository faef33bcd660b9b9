import type { RegistrationStatus, SessionKind } from '@switchback/shared';

export const REGISTRATION_LABELS: Record<RegistrationStatus, string> = {
  GOING: 'Going',
  MAYBE: 'Maybe',
  NOT_GOING: 'Not going',
};

export const SESSION_KIND_COLORS: Record<SessionKind, string> = {
  JOB_ALIKE: 'teal',
  PLENARY: 'indigo',
  CROSS_GROUP: 'grape',
  SOCIAL: 'orange',
  OPEN_CLASS: 'cyan',
};

export const SEASON_LABELS: Record<string, string> = { FALL: 'Fall', SPRING: 'Spring' };
