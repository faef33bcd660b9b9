import { describe, expect, it } from '@jest/globals';
import { SIGN_IN_FORM_ERRORS } from '@switchback/shared';
import { renderSignInPage } from './sign-in-page.js';

const TEMPLATE =
  '<main><!--sign-in-error--><form><input type="hidden" name="next" value="__SIGN_IN_NEXT__" /></form></main>';

describe('renderSignInPage', () => {
  it('fills in a same-site next path and the sentence for a known error code', () => {
    const html = renderSignInPage(TEMPLATE, { next: '/invitations/abc?x=1&y=2', error: 'mismatch' });
    expect(html).toContain('value="/invitations/abc?x=1&#38;y=2"');
    expect(html).toContain(`role="alert">${SIGN_IN_FORM_ERRORS.mismatch}</div>`);
  });

  it('drops a next path that leaves the site and an unknown error code', () => {
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/\t/evil.example', '/\n/x']) {
      expect(renderSignInPage(TEMPLATE, { next, error: 'nope' })).toBe(
        '<main><form><input type="hidden" name="next" value="" /></form></main>',
      );
    }
  });

  it('escapes what it puts in an attribute, so a crafted next cannot add markup', () => {
    const html = renderSignInPage(TEMPLATE, { next: '/x"><script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="/x&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
  });

  it('ignores query values that are not strings (repeated parameters)', () => {
    expect(renderSignInPage(TEMPLATE, { next: ['/a', '/b'], error: ['mismatch'] })).not.toContain('/a');
  });
});
