import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { checkConveningDates, checkSessionTimes, type ConveningDates } from '@switchback/shared';
import { badInput, fieldError, notFound } from '../common/errors.js';
import { AccessService } from '../access/access.service.js';
import { School } from '../networks/school.entity.js';
import { ConveningAccessService } from './convening-access.service.js';
import { ConveningSession } from './convening-session.entity.js';
import { Convening } from './convening.entity.js';
import type { CreateConveningInput, UpdateConveningInput } from './dto/convening.input.js';

/** Fields a change leaves alone when it gives no value (they cannot be emptied). */
const REQUIRED_FIELDS = ['title', 'season', 'startsAt', 'endsAt', 'timeZone', 'venue', 'registrationDeadline'] as const;

/** Coordinators plan convenings: details, dates, host school, publication. */
@Injectable()
export class ConveningsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConveningAccessService,
    private readonly networks: AccessService,
  ) {}

  async create(userId: string, input: CreateConveningInput): Promise<Convening> {
    await this.networks.require(userId, input.networkId, 'planConvenings');
    checkDates(input);
    await this.checkHostSchool(this.db.manager, input.networkId, input.hostSchoolId ?? null);
    return this.db.getRepository(Convening).save({
      networkId: input.networkId,
      title: input.title,
      season: input.season,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      timeZone: input.timeZone,
      venue: input.venue,
      address: input.address ?? '',
      hostSchoolId: input.hostSchoolId ?? null,
      registrationDeadline: input.registrationDeadline,
      description: input.description ?? '',
      status: 'DRAFT',
      publishedAt: null,
      createdById: userId,
    });
  }

  /** Applies the change to the row as it is under the lock, so concurrent changes are not lost. */
  async update(userId: string, input: UpdateConveningInput): Promise<Convening> {
    await this.access.coordinator(userId, input.id);
    return this.db.transaction(async (m) => {
      const locked = await m
        .getRepository(Convening)
        .findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw notFound('convening');
      const next: Convening = { ...locked };
      for (const key of REQUIRED_FIELDS) {
        const value = input[key];
        if (value !== undefined && value !== null) Object.assign(next, { [key]: value });
      }
      if (input.address !== undefined) next.address = input.address ?? '';
      if (input.description !== undefined) next.description = input.description ?? '';
      if (input.hostSchoolId !== undefined) next.hostSchoolId = input.hostSchoolId;
      checkDates(next);
      await this.checkHostSchool(m, locked.networkId, next.hostSchoolId);
      const sessions = await m.getRepository(ConveningSession).findBy({ conveningId: locked.id });
      const outside = sessions.find((s) => checkSessionTimes(s, next));
      if (outside)
        throw badInput(`The session '${outside.title}' would fall outside the new dates: move it first.`, {
          startsAt: 'Some sessions fall outside these dates.',
        });
      return m.save(Convening, next);
    });
  }

  /** Makes a draft visible to the network's adults and opens registration. */
  async publish(userId: string, conveningId: string): Promise<Convening> {
    const { convening } = await this.access.coordinator(userId, conveningId);
    if (convening.status === 'PUBLISHED') return convening;
    if (convening.registrationDeadline.getTime() <= Date.now())
      throw fieldError(
        'registrationDeadline',
        'The registration deadline has passed: move it later before publishing, so people can register.',
      );
    await this.db
      .getRepository(Convening)
      .update({ id: convening.id, status: 'DRAFT' }, { status: 'PUBLISHED', publishedAt: new Date() });
    return this.db.getRepository(Convening).findOneByOrFail({ id: convening.id });
  }

  private async checkHostSchool(m: EntityManager, networkId: string, schoolId: string | null): Promise<void> {
    if (!schoolId) return;
    if (!(await m.getRepository(School).existsBy({ id: schoolId, networkId })))
      throw fieldError('hostSchoolId', 'Choose a school of this network as host.');
  }
}

function checkDates(dates: ConveningDates): void {
  const wrong = checkConveningDates(dates);
  if (wrong) throw fieldError(wrong.field, wrong.message);
}
