import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical from 'ical-generator';
import { In, type DataSource } from 'typeorm';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { instantToWallTime, SESSION_KIND_LABELS } from '@switchback/shared';
import { forbidden } from '../common/errors.js';
import { CSV_CONTENT_TYPE, safeFilename, toCsv, type DownloadFile } from '../common/files.js';
import { Membership } from '../networks/membership.entity.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { ConveningAccessService } from './convening-access.service.js';
import { ConveningSession } from './convening-session.entity.js';
import { ConveningViewService } from './convening-view.service.js';
import { Convening } from './convening.entity.js';
import { SessionSeat } from './session-seat.entity.js';

/** The VTIMEZONE block of an IANA zone, so calendars place times in the venue's zone. */
function vtimezone(tz: string): string | null {
  const block = tzlib_get_ical_block(tz);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

/**
 * The wall-clock time of an instant in `tz`, as text without a zone: with an event's `timezone`,
 * ical-generator writes it as given (DTSTART;TZID=tz:…); a Date would be written in the server's
 * own zone instead.
 */
const wall = (instant: Date, tz: string) => `${instantToWallTime(instant, tz)}:00`;

// eslint-disable-next-line no-control-regex
const CONTROL_RUN = /[\u0000-\u001f\u007f-\u009f]+/g;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text for one line of a calendar (a title, a place): line breaks and other control characters
 * become spaces. ical-generator escapes line breaks in an event's text, but not in the calendar's
 * name; a stored title with CR/LF must never write lines (`END:VEVENT`) of its own.
 */
export const icsLine = (text: string | null | undefined): string => (text ?? '').replace(CONTROL_RUN, ' ').trim();

/** Text of several lines (a description): line breaks kept (ical-generator escapes them), other control characters dropped. */
export const icsText = (text: string | null | undefined): string | null =>
  text == null ? null : text.replace(/\r\n?/g, '\n').replace(CONTROL_BUT_NEWLINE, '');

/** Calendar files (iCalendar with the venue's time zone) and the coordinators' registration export. */
@Injectable()
export class ConveningFilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConveningAccessService,
    private readonly outbox: OutboxService,
    private readonly view: ConveningViewService,
  ) {}

  /** The convening and its whole agenda, for anyone who may see it. */
  async conveningCalendar(userId: string, conveningId: string): Promise<DownloadFile> {
    const { convening } = await this.access.viewer(userId, conveningId);
    const sessions = await this.db
      .getRepository(ConveningSession)
      .find({ where: { conveningId }, order: { startsAt: 'ASC' } });
    const cal = ical({ name: icsLine(convening.title), timezone: { name: convening.timeZone, generator: vtimezone } });
    const location = icsLine([convening.venue, convening.address].filter(Boolean).join(', '));
    const url = this.outbox.shortLink('convening', convening.id);
    cal.createEvent({
      id: `convening-${convening.id}@switchback`,
      start: wall(convening.startsAt, convening.timeZone),
      end: wall(convening.endsAt, convening.timeZone),
      timezone: convening.timeZone,
      summary: icsLine(convening.title),
      description: icsText(convening.description),
      location,
      url,
    });
    for (const s of sessions) {
      cal.createEvent({
        id: `session-${s.id}@switchback`,
        start: wall(s.startsAt, convening.timeZone),
        end: wall(s.endsAt, convening.timeZone),
        timezone: convening.timeZone,
        summary: icsLine(s.title),
        description: icsText([SESSION_KIND_LABELS[s.kind], s.description].filter(Boolean).join('\n\n')),
        location: icsLine([s.room, location].filter(Boolean).join(', ')),
        url: this.outbox.shortLink('session', s.id),
      });
    }
    return {
      filename: safeFilename(convening.title, 'ics', { fallback: 'convening' }),
      contentType: 'text/calendar; charset=utf-8',
      body: cal.toString(),
    };
  }

  /** The caller's own sessions across the published convenings of their networks. */
  async myCalendar(userId: string): Promise<DownloadFile> {
    const rows = await this.db
      .getRepository(SessionSeat)
      .createQueryBuilder('seat')
      .innerJoinAndMapOne('seat.session', ConveningSession, 's', 's.id = seat.session_id')
      .innerJoinAndMapOne('seat.convening', Convening, 'c', 'c.id = s.convening_id')
      .innerJoin(
        Membership,
        'm',
        `m.network_id = c.network_id AND m.user_id = seat.user_id AND m.status = 'ACTIVE' AND m.role <> 'STUDENT'`,
      )
      .where(`seat.user_id = :userId AND c.status = 'PUBLISHED'`, { userId })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
    const cal = ical({ name: 'My convening sessions', timezone: { name: null, generator: vtimezone } });
    for (const seat of rows as (SessionSeat & { session: ConveningSession; convening: Convening })[]) {
      const { session: s, convening: c } = seat;
      cal.createEvent({
        id: `session-${s.id}@switchback`,
        start: wall(s.startsAt, c.timeZone),
        end: wall(s.endsAt, c.timeZone),
        timezone: c.timeZone,
        summary: icsLine(seat.status === 'WAITLISTED' ? `${s.title} (waitlisted)` : s.title),
        description: icsText(
          `${icsLine(c.title)} · ${SESSION_KIND_LABELS[s.kind]}${s.description ? `\n\n${s.description}` : ''}`,
        ),
        location: icsLine([s.room, c.venue, c.address].filter(Boolean).join(', ')),
        url: this.outbox.shortLink('session', s.id),
      });
    }
    return { filename: 'my-sessions.ics', contentType: 'text/calendar; charset=utf-8', body: cal.toString() };
  }

  /** Registrations with needs, school and chosen sessions (coordinators only). */
  async registrationsCsv(userId: string, conveningId: string): Promise<DownloadFile> {
    const { convening, coordinator } = await this.access.viewer(userId, conveningId);
    if (!coordinator) throw forbidden('Only a network coordinator can export registrations.');
    const [rows, sessions] = await Promise.all([
      this.view.registrationRows(conveningId, convening.networkId),
      this.db.getRepository(ConveningSession).find({ where: { conveningId }, order: { startsAt: 'ASC' } }),
    ]);
    const userIds = rows.map((row) => row.registration.userId);
    const seats =
      userIds.length && sessions.length
        ? await this.db
            .getRepository(SessionSeat)
            .findBy({ userId: In(userIds), sessionId: In(sessions.map((s) => s.id)) })
        : [];
    const records = rows.map(({ registration: r, user, membership, school }) => {
      const chosen = sessions
        .map((s) => ({ s, seat: seats.find((x) => x.sessionId === s.id && x.userId === r.userId) }))
        .filter((x) => x.seat)
        .map((x) => ({
          title: x.seat!.status === 'WAITLISTED' ? `${x.s.title} (waitlisted)` : x.s.title,
          link: this.outbox.shortLink('session', x.s.id),
        }));
      return [
        user?.displayName ?? '',
        user?.email ?? '',
        school?.name ?? '',
        membership?.role ?? '',
        r.status,
        r.travel,
        r.needsLodging ? 'yes' : 'no',
        r.dietary,
        r.accessibility,
        chosen.map((x) => x.title).join('; '),
        chosen.map((x) => x.link).join(' '),
        r.updatedAt.toISOString(),
      ];
    });
    const header = [
      'Name',
      'Email',
      'School',
      'Role',
      'Status',
      'Travel',
      'Needs lodging',
      'Dietary',
      'Accessibility',
      'Sessions',
      'Session links',
      'Updated',
    ];
    return {
      filename: safeFilename(convening.title, 'csv', { fallback: 'convening', suffix: '-registrations' }),
      contentType: CSV_CONTENT_TYPE,
      body: toCsv([header, ...records]),
    };
  }
}
