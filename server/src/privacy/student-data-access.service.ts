import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { forbidden, notFound } from '../common/errors.js';
import { AccessService } from '../access/access.service.js';
import { Membership } from '../networks/membership.entity.js';

const WHO_MAY = "Only the student's principal or a network coordinator can export or delete a student's data.";

/** The student (their membership in this network) whose data the caller may export or delete. */
export interface StudentDataTarget {
  networkId: string;
  studentId: string;
  membership: Membership;
}

/**
 * Who may export or delete one student's data in one network: its coordinators, and the
 * administrators (principals) of the student's school. People outside the network, and principals
 * of other schools (who never see those students), get "not found"; its teachers and students get
 * "forbidden". The student's memberships in other networks are never looked at here.
 */
@Injectable()
export class StudentDataAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async target(userId: string, networkId: string, studentId: string, m?: EntityManager): Promise<StudentDataTarget> {
    const me = await this.access.require(userId, networkId, 'studentData', WHO_MAY);
    const membership = await (m ?? this.db.manager)
      .getRepository(Membership)
      .findOneBy({ userId: studentId, networkId, role: 'STUDENT' });
    if (!membership) throw notFound('student');
    if (me.role === 'ADMINISTRATOR' && membership.schoolId !== me.schoolId) throw notFound('student');
    if (membership.userId === userId) throw forbidden(WHO_MAY);
    return { networkId, studentId, membership };
  }
}
