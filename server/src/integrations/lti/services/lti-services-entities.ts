import { LtiGradeSetting } from './lti-grade-setting.entity.js';
import { LtiLineItem } from './lti-line-item.entity.js';
import { LtiServiceRun } from './lti-service-run.entity.js';

/** The tables of the LTI Advantage services, for database/entities.ts and TypeOrmModule.forFeature. */
export const LTI_SERVICES_ENTITIES = [LtiGradeSetting, LtiLineItem, LtiServiceRun];
