import { LtiContext } from './lti-context.entity.js';
import { LtiDeployment } from './lti-deployment.entity.js';
import { LtiLaunchState } from './lti-launch-state.entity.js';
import { LtiPlatform } from './lti-platform.entity.js';
import { LtiResourceLink } from './lti-resource-link.entity.js';
import { LtiUserLink } from './lti-user-link.entity.js';

/** The LTI tables, for database/entities.ts and TypeOrmModule.forFeature. */
export const LTI_ENTITIES = [LtiPlatform, LtiDeployment, LtiContext, LtiResourceLink, LtiUserLink, LtiLaunchState];
