import { LmsError, lmsFetch, lmsJson, nextLink, withPathSegment } from './lms-http.js';

/** Media types of Assignment and Grade Services 2.0. */
export const AGS_MEDIA_TYPES = {
  lineItem: 'application/vnd.ims.lis.v2.lineitem+json',
  lineItemContainer: 'application/vnd.ims.lis.v2.lineitemcontainer+json',
  score: 'application/vnd.ims.lis.v1.score+json',
} as const;

export interface LineItem {
  /** The line item's URL (its `id`). */
  id: string;
  label: string;
  scoreMaximum: number;
  resourceLinkId?: string;
  resourceId?: string;
  tag?: string;
}

export type ActivityProgress = 'Initialized' | 'Started' | 'InProgress' | 'Submitted' | 'Completed';
export type GradingProgress = 'FullyGraded' | 'Pending' | 'PendingManual' | 'Failed' | 'NotReady';

/** A score as AGS publishes it (application/vnd.ims.lis.v1.score+json). */
export interface Score {
  userId: string;
  scoreGiven?: number;
  scoreMaximum?: number;
  comment?: string;
  timestamp: string;
  activityProgress: ActivityProgress;
  gradingProgress: GradingProgress;
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

const refusedLineItems = (status: number) =>
  status === 401 || status === 403
    ? 'The LMS refused to let Switchback make a gradebook column. Ask your coordinator to allow the ' +
      'Assignment and Grade Services for Switchback in the LMS.'
    : 'The LMS could not find or make the gradebook column. Try again in a moment.';

/**
 * The line item of a resource link with `tag`, among the course's line items (filtered by the platform
 * with `resource_link_id` and `tag`, and again here in case it ignores them); null when there is none.
 */
export async function findLineItem(
  lineItemsUrl: string,
  token: string,
  filter: { resourceLinkId: string; tag: string },
): Promise<LineItem | null> {
  const first = new URL(lineItemsUrl);
  first.searchParams.set('resource_link_id', filter.resourceLinkId);
  first.searchParams.set('tag', filter.tag);
  let url: string | null = first.toString();
  for (let pages = 0; url && pages < 50; pages++) {
    const res = await lmsFetch(
      url,
      { headers: { accept: AGS_MEDIA_TYPES.lineItemContainer, ...auth(token) } },
      'the gradebook columns',
    );
    const page = await lmsJson<unknown>(res, 'lineitems', refusedLineItems(res.status));
    const items = Array.isArray(page.body) ? (page.body as Partial<LineItem>[]) : [];
    const hit = items.find(
      (i) => typeof i?.id === 'string' && i.tag === filter.tag && i.resourceLinkId === filter.resourceLinkId,
    );
    if (hit) return hit as LineItem;
    const next = nextLink(page.headers.get('link'), url);
    url = next && new URL(next).origin === first.origin ? next : null;
  }
  return null;
}

/** Makes a line item (a gradebook column) in the course, bound to the resource link. */
export async function createLineItem(
  lineItemsUrl: string,
  token: string,
  item: Omit<LineItem, 'id'>,
): Promise<LineItem> {
  const res = await lmsFetch(
    lineItemsUrl,
    {
      method: 'POST',
      headers: { 'content-type': AGS_MEDIA_TYPES.lineItem, accept: AGS_MEDIA_TYPES.lineItem, ...auth(token) },
      body: JSON.stringify(item),
    },
    'a gradebook column',
  );
  const { body } = await lmsJson<Partial<LineItem>>(res, 'create lineitem', refusedLineItems(res.status));
  if (typeof body.id !== 'string' || !body.id) {
    throw new LmsError('The LMS did not say which gradebook column it made.', `lineitem: ${JSON.stringify(body)}`);
  }
  return { ...item, ...body, id: body.id };
}

/**
 * Publishes one score to a line item (POST `<line item>/scores`). Throws LmsError with the teacher's
 * sentence when the platform refuses it.
 */
export async function postScore(lineItemUrl: string, token: string, score: Score): Promise<void> {
  const res = await lmsFetch(
    withPathSegment(lineItemUrl, 'scores'),
    { method: 'POST', headers: { 'content-type': AGS_MEDIA_TYPES.score, ...auth(token) }, body: JSON.stringify(score) },
    'a grade',
  );
  const text = await res.text();
  if (res.ok) return;
  throw new LmsError(
    res.status === 401 || res.status === 403
      ? 'The LMS refused the grade: Switchback may not send grades to this course.'
      : res.status === 404 || res.status === 422 || res.status === 400
        ? 'The LMS did not take the grade (is the student still in the course?).'
        : 'The LMS could not take the grade. Try again in a moment.',
    `score: HTTP ${res.status} ${text.slice(0, 300)}`,
    res.status,
  );
}
