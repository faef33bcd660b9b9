/**
 * The few server-rendered pages of LTI launches (they open inside the LMS, often in a frame):
 * refusals, the deep-linking picker and the form that posts a signed answer back to the LMS.
 * Every text is escaped; the pages carry no script.
 */

/** A launch refused, with the sentence the person reads (never a stack). */
export class LtiRefusal extends Error {
  constructor(
    message: string,
    readonly status = 400,
    readonly title = 'Switchback could not open this link',
  ) {
    super(message);
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1b1e}
h1{font-size:1.4rem}button{min-height:44px;min-width:44px;padding:.5rem 1rem;font-size:1rem;border-radius:6px;border:1px solid #1c7ed6;background:#1c7ed6;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #fab005;outline-offset:2px}ul{list-style:none;padding:0}li{margin:.75rem 0;padding:.75rem;border:1px solid #dee2e6;border-radius:6px}
.sub{color:#495057;font-size:.9rem}`;

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} · Switchback</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function refusalPage(refusal: LtiRefusal): string {
  return page(
    refusal.title,
    `<h1>${esc(refusal.title)}</h1><p>${esc(refusal.message)}</p><p class="sub">Close this and open the link again from your course. If it keeps happening, show this page to your Switchback coordinator.</p>`,
  );
}

export interface PickerOption {
  label: string;
  detail: string;
  /** The value posted back: a token Switchback signed. */
  pick: string;
}

/** The teacher's choices: one form per option, posted to /lti/deep-link. */
export function pickerPage(heading: string, intro: string, options: PickerOption[]): string {
  const items = options.length
    ? `<ul>${options
        .map(
          (o) =>
            `<li><form method="post" action="/lti/deep-link"><input type="hidden" name="pick" value="${esc(o.pick)}"><strong>${esc(o.label)}</strong><div class="sub">${esc(o.detail)}</div><p><button type="submit" aria-label="${esc(`Link ${o.label}`)}">Link this</button></p></form></li>`,
        )
        .join('')}</ul>`
    : '<p>You have no classes or exchanges in Switchback yet. Create a class (and an exchange) in Switchback, then add the link again.</p>';
  return page(heading, `<h1>${esc(heading)}</h1><p>${esc(intro)}</p>${items}`);
}

/** Posts the signed deep-linking response to the LMS (the browser submits it with one button). */
export function autoPostPage(action: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join('');
  return page(
    'Back to your course',
    `<h1>Linked</h1><form method="post" action="${esc(action)}">${inputs}<p>Switchback is ready. Go back to your course to finish adding the link.</p><button type="submit">Back to the course</button></form>`,
  );
}
