const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const DOMAIN = /^[\w-]+(\.[\w-]+)+(:\d+)?([/?#]\S*)?$/;

/** Whether a link target is a web page or an email address (never `javascript:` and the like). */
export function isSafeLink(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

/**
 * A link as typed by a person, made into a safe address: `https://…`, `http://…` and `mailto:…` as
 * they are, `name@school.org` as an email link, `school.org/page` as a web page. Null otherwise.
 */
export function normalizeLink(input: string): string | null {
  const value = input.trim();
  if (!value || /\s/.test(value)) return null;
  let href = value;
  if (EMAIL.test(value)) href = `mailto:${value}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    if (!DOMAIN.test(value)) return null;
    href = `https://${value}`;
  }
  if (!isSafeLink(href)) return null;
  if (href.toLowerCase().startsWith('mailto:')) return EMAIL.test(href.slice(7).split('?')[0]) ? href : null;
  return href;
}
