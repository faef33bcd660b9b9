/**
 * The catalog namespaces (one JSON file per feature under client/src/locales/<locale>/) and, from the
 * English files, their keys: `useT('auth')('signIn.title')` is checked by the compiler. A new
 * namespace is added here (see docs/i18n.md).
 */
import type auth from '../../locales/en/auth.json';
import type common from '../../locales/en/common.json';
import type errors from '../../locales/en/errors.json';
import type home from '../../locales/en/home.json';
import type join from '../../locales/en/join.json';
import type notifications from '../../locales/en/notifications.json';
import type shell from '../../locales/en/shell.json';
// The exchange pages a student sees (branch i18n-pages).
import type calibration from '../../locales/en/calibration.json';
import type endorsements from '../../locales/en/endorsements.json';
import type exchanges from '../../locales/en/exchanges.json';
import type rubrics from '../../locales/en/rubrics.json';
// Signing in and joining with a school Google / Microsoft account.
import type schoolAccounts from '../../locales/en/schoolAccounts.json';

export interface Catalogs {
  auth: typeof auth;
  common: typeof common;
  errors: typeof errors;
  home: typeof home;
  join: typeof join;
  notifications: typeof notifications;
  shell: typeof shell;
  // The exchange pages a student sees (branch i18n-pages).
  calibration: typeof calibration;
  endorsements: typeof endorsements;
  exchanges: typeof exchanges;
  rubrics: typeof rubrics;
  schoolAccounts: typeof schoolAccounts;
}

export type Namespace = keyof Catalogs;
export type MessageKey<N extends Namespace> = keyof Catalogs[N] & string;
