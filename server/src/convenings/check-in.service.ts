import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../common/errors.js';
import { User } from '../auth/user.entity.js';
import { AccessService } from '../access/access.service.js';
import { School } from '../networks/school.entity.js';
import { ConveningAccessService } from './convening-access.service.js';
import { ConveningRegistration } from './convening-registration.entity.js';
import type { SessionAttendee } from './dto/convening.types.js';
import { SeatsService } from './seats.service.js';
import { SessionSeat } from './session-seat.entity.js';

/** Attendance on the day: the session's facilitator or a coordinator checks people in (or out again). */
@Injectable()
export class CheckInService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConveningAccessService,
    private readonly seats: SeatsService,
    private readonly networks: AccessService,
  ) {}

  async checkIn(callerId: string, sessionId: string, userId: string, present: boolean): Promise<SessionAttendee> {
    const viewer = this.access.assert(await this.access.sessionViewer(callerId, sessionId), 'checkIn');
    const { convening, session } = viewer;
    const member = await this.networks.adultMembership(userId, convening.networkId);
    if (!member) throw notFound('person');
    const [person, school] = await Promise.all([
      this.db.getRepository(User).findOneByOrFail({ id: userId }),
      member.schoolId ? this.db.getRepository(School).findOneBy({ id: member.schoolId }) : null,
    ]);
    const seat = await this.db.transaction(async (m) => {
      await this.seats.lock(m, [session.id]);
      const repo = m.getRepository(SessionSeat);
      let seat = await repo.findOneBy({ sessionId, userId });
      if (!seat) {
        if (!present) throw badInput(`${person.displayName} is not on this session's list.`);
        if (!viewer.coordinator)
          throw badInput(`${person.displayName} did not choose this session: a coordinator can add them at check-in.`);
        const reg = await m.getRepository(ConveningRegistration).findOneBy({ conveningId: convening.id, userId });
        if (!reg || reg.status === 'NOT_GOING')
          throw badInput(`${person.displayName} has not registered for this convening as going or maybe.`);
        seat = m.create(SessionSeat, { sessionId, userId, status: 'CONFIRMED' });
      }
      // Someone in the room has a seat, waitlisted or not.
      if (present) seat.status = 'CONFIRMED';
      seat.checkedInAt = present ? new Date() : null;
      seat.checkedInById = present ? callerId : null;
      return repo.save(seat);
    });
    return {
      user: { id: person.id, displayName: person.displayName },
      schoolName: school?.name ?? null,
      status: seat.status,
      checkedInAt: seat.checkedInAt,
    };
  }
}
