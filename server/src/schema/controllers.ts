import { ConveningFilesController } from '../convenings/convening-files.controller.js';
import { ExchangeResultsController } from '../feedback/exchange-results.controller.js';
import { HealthController } from '../health/health.controller.js';
import { NetworkHealthController } from '../insights/network-health.controller.js';
import { UnitExportController } from '../units/unit-export.controller.js';
import { AuditLogController } from '../audit/audit-log.controller.js';
import { StudentExportController } from '../privacy/student-export.controller.js';
import { SignInFormController } from '../auth/sign-in-form.controller.js';
import { LinksController } from '../links/links.controller.js';
import { PlaybackController } from '../media/playback.controller.js';
import { OidcController } from '../auth/oidc/oidc.controller.js';
import { UploadsController } from '../media/uploads.controller.js';
import { JwksController } from '../integrations/lti/jwks.controller.js';
import { LtiController } from '../integrations/lti/lti.controller.js';

/** Every REST controller, for docs/permissions.md (the anonymous sweep finds routes from the running app). */
export const CONTROLLERS = [
  HealthController,
  SignInFormController,
  UnitExportController,
  ExchangeResultsController,
  ConveningFilesController,
  NetworkHealthController,
  AuditLogController,
  StudentExportController,
  LinksController,
  UploadsController,
  PlaybackController,
  JwksController,
  LtiController,
  OidcController,
];
