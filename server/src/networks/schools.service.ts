import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../common/db-errors.js';
import { conflict, notFound, notFoundAs } from '../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../access/access.service.js';
import { School } from './school.entity.js';
import type { CreateSchoolInput, UpdateSchoolInput } from './dto/school.input.js';

const duplicateName = () =>
  conflict('This network already has a school with that name.', { name: 'A school with this name already exists.' });

@Injectable()
export class SchoolsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Schools of a network, for any of its members. */
  async list(userId: string, networkId: string): Promise<School[]> {
    await this.access.require(userId, networkId, 'read');
    return this.db.getRepository(School).find({ where: { networkId }, order: { name: 'ASC' } });
  }

  async create(userId: string, input: CreateSchoolInput): Promise<School> {
    await this.access.require(userId, input.networkId, 'manageSchools');
    try {
      return await this.db.transaction(async (m) => {
        const school = await m.save(m.create(School, { ...input }));
        await this.audit.record(m, {
          networkId: input.networkId,
          actorId: userId,
          action: 'school.create',
          targetType: 'School',
          targetId: school.id,
        });
        return school;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicateName();
      throw err;
    }
  }

  async update(userId: string, input: UpdateSchoolInput): Promise<School> {
    const school = await this.db.getRepository(School).findOneBy({ id: input.id });
    if (!school) throw notFound('school');
    await notFoundAs('school', this.access.require(userId, school.networkId, 'manageSchools'));
    const { id: _id, ...given } = input;
    // A field left out or sent as null stays as it is (every column is required).
    const changes = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined && v !== null));
    Object.assign(school, changes);
    try {
      return await this.db.transaction(async (tx) => {
        const saved = await tx.save(school);
        await this.audit.record(tx, {
          networkId: school.networkId,
          actorId: userId,
          action: 'school.update',
          targetType: 'School',
          targetId: school.id,
          data: changes,
        });
        return saved;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicateName();
      throw err;
    }
  }
}
