import { registerEnumType } from '@nestjs/graphql';
import { OBSERVATION_OWNER_KINDS, type ObservationOwnerKind } from '@switchback/shared';

/** The GraphQL enum of what recordings and observation notes belong to (one type for both). */
export const ObservationOwnerKindEnum = Object.fromEntries(OBSERVATION_OWNER_KINDS.map((k) => [k, k])) as {
  [K in ObservationOwnerKind]: K;
};
registerEnumType(ObservationOwnerKindEnum, {
  name: 'ObservationOwnerKind',
  description: 'What observation notes and recordings belong to: a lesson-study cycle or a mentoring pair.',
});
