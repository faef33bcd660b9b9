import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { forbidden, notFound, badInput, fieldError } from '../common/errors.js';
import { Membership } from '../networks/membership.entity.js';
import { School } from '../networks/school.entity.js';
import { ConveningAccessService, ONLY_COORDINATORS } from './convening-access.service.js';
import { checkConveningDates, checkSessionTimes } from './convening-dates.js';
import { ConveningSession } from './convening-session.entity.js';
import { Convening } from './convening.entity.js';
import type { CreateConveningInput, UpdateConveningInput } from './dto/convening.input.js';

/** Coordinators plan convenings: details, dates, host school, publication. */
@Injectable()
export class ConveningsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConveningAccessService,
  ) {}

  async create(userId: string, input: CreateConveningInput): Promise<Convening> {
    const me = await this.db
      .getRepository(Membership)
      .findOneBy({ userId, networkId: input.networkId, status: 'ACTIVE' });
    if (!me) throw notFound('network');
    if (me.role !== 'COORDINATOR') throw forbidden(ONLY_COORDINATORS);
    checkConveningDates(input);
    await this.checkHostSchool(input.networkId, input.hostSchoolId ?? null);
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

  async update(userId: string, input: UpdateConveningInput): Promise<Convening> {
    const { convening } = await this.access.coordinator(userId, input.id);
    const next: Convening = { ...convening };
    for (const key of ['title', 'season', 'startsAt', 'endsAt', 'timeZone', 'venue', 'registrationDeadline'] as const) {
      const value = input[key];
      if (value !== undefined && value !== null) Object.assign(next, { [key]: value });
    }
    if (input.address !== undefined) next.address = input.address ?? '';
    if (input.description !== undefined) next.description = input.description ?? '';
    if (input.hostSchoolId !== undefined) next.hostSchoolId = input.hostSchoolId;
    checkConveningDates(next);
    await this.checkHostSchool(convening.networkId, next.hostSchoolId);
    return this.db.transaction(async (m) => {
      await m.getRepository(Convening).findOne({ where: { id: convening.id }, lock: { mode: 'pessimistic_write' } });
      const sessions = await m.getRepository(ConveningSession).findBy({ conveningId: convening.id });
      for (const s of sessions) {
        try {
          checkSessionTimes(s, next);
        } catch {
          throw badInput(`The session '${s.title}' would fall outside the new dates: move it first.`, {
            startsAt: 'Some sessions fall outside these dates.',
          });
        }
      }
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

  private async checkHostSchool(networkId: string, schoolId: string | null): Promise<void> {
    if (!schoolId) return;
    if (!(await this.db.getRepository(School).existsBy({ id: schoolId, networkId })))
      throw fieldError('hostSchoolId', 'Choose a school of this network as host.');
  }
}
