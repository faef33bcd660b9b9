import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { School } from '../networks/school.entity.js';
import type { MyToDo, ToDoItem } from './dto/to-do.types.js';
import { TO_DO_KINDS, type ToDoContext, type ToDoDraft, type ToDoProvider } from './to-do-item.js';
import { TO_DO_PROVIDERS } from './to-do-providers.js';
import { isTimeZone, localDay, whenText } from './to-do-time.js';

/** The dated items by deadline (earliest first), then the undated ones in the order of their kinds. */
export function orderToDo(items: ToDoDraft[]): ToDoDraft[] {
  const rank = (d: ToDoDraft) => TO_DO_KINDS.indexOf(d.kind);
  return [...items].sort((a, b) => {
    if (a.dueAt && b.dueAt) return a.dueAt.getTime() - b.dueAt.getTime() || rank(a) - rank(b);
    if (a.dueAt || b.dueAt) return a.dueAt ? -1 : 1;
    return rank(a) - rank(b) || a.title.localeCompare(b.title);
  });
}

/** A provider's item with its date in words on the person's clock. */
export function present(d: ToDoDraft, timeZone: string, now: Date, locale = 'en'): ToDoItem {
  const when = d.dueAt ? whenText(d.dueAt, timeZone, now, locale) : null;
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    detail: d.detail ?? null,
    dueAt: d.dueAt,
    dueDay: d.dueAt ? localDay(d.dueAt, timeZone) : null,
    when: when && (d.dueLabel ? `${d.dueLabel} ${when}` : when),
    actionLabel: d.actionLabel,
    path: d.path,
  };
}

/**
 * A person's "to do" in one network: it asks every feature's provider (`to-do-providers.ts`) what
 * waits on the caller and orders the answers by deadline, with dates on their school's clock.
 * Only the caller's own items, only in a network they are an active member of ("not found" else).
 */
@Injectable()
export class ToDoService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    @Inject(TO_DO_PROVIDERS) private readonly providers: ToDoProvider[],
  ) {}

  async mine(
    userId: string,
    networkId: string,
    browserTimeZone?: string | null,
    now = new Date(),
    locale = 'en',
  ): Promise<MyToDo> {
    const membership = await this.access.require(userId, networkId, 'read');
    const ctx: ToDoContext = { userId, networkId, membership, now, locale };
    const [school, ...answers] = await Promise.all([
      membership.schoolId ? this.db.getRepository(School).findOneBy({ id: membership.schoolId }) : null,
      ...this.providers.map((p) => p.items(ctx)),
    ]);
    const timeZone = school?.timeZone ?? (browserTimeZone && isTimeZone(browserTimeZone) ? browserTimeZone : 'UTC');
    return { timeZone, items: orderToDo(answers.flat()).map((d) => present(d, timeZone, now, locale)) };
  }
}
