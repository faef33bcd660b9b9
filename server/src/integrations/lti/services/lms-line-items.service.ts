import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createLineItem, findLineItem } from './ags-client.js';
import { LTI_SCOPES } from './lms-access-tokens.js';
import { LmsError } from './lms-http.js';
import type { LinkedAssignment } from './lms-links.service.js';
import { LmsTokensService } from './lms-tokens.service.js';
import { LtiLineItem, type LineItemKind } from './lti-line-item.entity.js';

/** The `tag` of the columns Switchback makes, so it finds them again rather than making another. */
export const LINE_ITEM_TAGS: Record<LineItemKind, string> = {
  SCORE: 'switchback-essay-score',
  COMPLETION: 'switchback-review-completion',
};

/** The gradebook columns of one resource link, and the scopes of the token that posts to them. */
export interface AssignmentColumns {
  score: string | null;
  completion: string | null;
  scopes: string[];
}

/**
 * Finds or makes the gradebook columns (AGS line items) of an exchange's resource link: the essay
 * score goes to the link's own line item when the launch named one, else to a column Switchback
 * makes (found again by its tag); review completion always to a column of its own.
 */
@Injectable()
export class LmsLineItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: LmsTokensService,
  ) {}

  async columns(
    a: LinkedAssignment,
    want: { title: string; exchangeId: string; score: number | null; completion: number | null },
  ): Promise<AssignmentColumns> {
    const stored = await this.db.getRepository(LtiLineItem).findBy({ resourceLinkId: a.link.id });
    const known = (kind: LineItemKind) => stored.find((s) => s.kind === kind)?.url ?? null;
    let score = want.score === null ? null : (a.link.agsLineitemUrl ?? known('SCORE'));
    let completion = want.completion === null ? null : known('COMPLETION');
    const missing = (want.score !== null && !score) || (want.completion !== null && !completion);
    const granted = a.context.agsScopes;
    const mayManage = !granted.length || granted.includes(LTI_SCOPES.lineItem);
    const scopes = [
      LTI_SCOPES.score,
      ...(missing ? [mayManage ? LTI_SCOPES.lineItem : LTI_SCOPES.lineItemReadonly] : []),
    ];
    if (!missing) return { score, completion, scopes };
    const lineItemsUrl = a.context.agsLineitemsUrl;
    if (!lineItemsUrl) {
      throw new LmsError(
        'The LMS gave no gradebook column for this link and does not let Switchback make one. Make a graded ' +
          'assignment for Switchback in the course, or ask your coordinator to allow line items.',
        'no lineitems URL',
      );
    }
    const token = await this.tokens.token(a.platform, scopes);
    const ensure = async (kind: LineItemKind, label: string, scoreMaximum: number): Promise<string> => {
      const tag = LINE_ITEM_TAGS[kind];
      const filter = { resourceLinkId: a.link.resourceLinkId, tag };
      let found = await findLineItem(lineItemsUrl, token, filter);
      if (!found) {
        if (!mayManage) {
          throw new LmsError(
            'The LMS does not let Switchback make gradebook columns in this course. Ask your coordinator to allow it.',
            'lineitem scope not granted',
          );
        }
        found = await createLineItem(lineItemsUrl, token, {
          label,
          scoreMaximum,
          tag,
          resourceLinkId: a.link.resourceLinkId,
          resourceId: want.exchangeId,
        });
      }
      await this.db
        .createQueryBuilder()
        .insert()
        .into(LtiLineItem)
        .values({ resourceLinkId: a.link.id, kind, url: found.id })
        .orIgnore()
        .execute();
      return found.id;
    };
    if (want.score !== null && !score) score = await ensure('SCORE', `${want.title}: essay score`, want.score);
    if (want.completion !== null && !completion) {
      completion = await ensure('COMPLETION', `${want.title}: reviews written`, want.completion);
    }
    return { score, completion, scopes };
  }
}
