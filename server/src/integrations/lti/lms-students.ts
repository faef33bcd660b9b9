import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { usableName } from '@switchback/shared';
import { NO_PASSWORD } from '../../auth/passwords.service.js';
import { User } from '../../auth/user.entity.js';

/**
 * A pseudonymous student account for a learner an LMS names (a launch or a roster sync): no email
 * and no password (they come through the LMS), an `lms-` username, and the LMS's name made fit for
 * a display name, or "Student 3f2a" when it sends none. The caller binds it to the LMS id.
 */
export function createLmsStudent(m: EntityManager, name: string | null | undefined): Promise<User> {
  const suffix = randomBytes(8).toString('hex');
  return m.save(
    m.create(User, {
      email: null,
      username: `lms-${suffix}`,
      displayName: usableName(name) ?? `Student ${suffix.slice(0, 4)}`,
      passwordHash: NO_PASSWORD,
    }),
  );
}
