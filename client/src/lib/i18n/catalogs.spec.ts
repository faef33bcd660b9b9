/// <reference types="node" />
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { LOCALES } from '@switchback/shared';
import { accent, pseudoCatalog, PSEUDO_CLOSE, PSEUDO_OPEN } from './pseudo';

/**
 * The catalogs' parity check (docs/i18n.md): every locale has the same namespaces and keys as English,
 * every message parses as ICU, and each translation uses the same arguments (with the same formats) and
 * the same rich-text tags as its English message.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const localesDir = path.resolve(here, '../../locales');

type Catalog = Record<string, string>;

function readCatalogs(locale: string): Record<string, Catalog> {
  const dir = path.join(localesDir, locale);
  const out: Record<string, Catalog> = {};
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort())
    out[file.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Catalog;
  return out;
}

/** "name:plain", "count:plural", … and the plural/select branches' own arguments, sorted. */
function argumentsOf(compiled: unknown, into = new Set<string>()): Set<string> {
  if (!Array.isArray(compiled)) return into;
  for (const part of compiled) {
    if (!Array.isArray(part)) continue;
    const [name, format, options] = part as [string, string | undefined, unknown];
    into.add(`${name}:${format ?? 'plain'}`);
    if (options && typeof options === 'object')
      for (const [k, v] of Object.entries(options)) if (k !== 'offset') argumentsOf(v, into);
  }
  return into;
}

function tagsOf(message: string): string[] {
  return [...message.matchAll(/<\/?(\w+)\s*\/?>/g)].map((m) => m[0].replace(/\s+/g, '')).sort();
}

function pluralsOf(compiled: unknown, into: Record<string, string>[] = []): Record<string, string>[] {
  if (!Array.isArray(compiled)) return into;
  for (const part of compiled) {
    if (!Array.isArray(part)) continue;
    const [, format, options] = part as [string, string | undefined, Record<string, unknown> | undefined];
    if ((format === 'plural' || format === 'select' || format === 'selectordinal') && options) {
      into.push(options as Record<string, string>);
      for (const v of Object.values(options)) pluralsOf(v, into);
    }
  }
  return into;
}

const english = readCatalogs('en');
const others = LOCALES.filter((l) => l !== 'en');

describe('message catalogs', () => {
  it('has English catalogs, each registered in namespaces.ts', () => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
    const registry = fs.readFileSync(path.join(here, 'namespaces.ts'), 'utf8');
    for (const ns of Object.keys(english)) expect(registry).toContain(`locales/en/${ns}.json`);
  });

  it('has a folder for every supported locale and no other', () => {
    const folders = fs.readdirSync(localesDir).filter((f) => fs.statSync(path.join(localesDir, f)).isDirectory());
    expect(folders.sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES) {
    it(`${locale}: every message parses as ICU, is not empty and names keys in camelCase.dotted form`, () => {
      const bad: string[] = [];
      for (const [ns, catalog] of Object.entries(readCatalogs(locale)))
        for (const [key, message] of Object.entries(catalog)) {
          // camelCase segments; a segment may be an API value as it is (role.STUDENT, digest.DAILY).
          if (!/^[a-z][a-zA-Z0-9]*(\.([a-z0-9][a-zA-Z0-9]*|[A-Z][A-Z0-9_]*))*$/.test(key))
            bad.push(`${ns}:${key}: key is not camelCase.dotted`);
          if (typeof message !== 'string' || !message.trim()) bad.push(`${ns}:${key}: empty`);
          else
            try {
              for (const options of pluralsOf(compileMessage(message)))
                if (!('other' in options)) bad.push(`${ns}:${key}: a plural or select without "other"`);
            } catch (err) {
              bad.push(`${ns}:${key}: ${(err as Error).message}`);
            }
        }
      expect(bad).toEqual([]);
    });
  }

  for (const locale of others) {
    it(`${locale} has exactly the English namespaces and keys`, () => {
      const translated = readCatalogs(locale);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      const missing: string[] = [];
      const extra: string[] = [];
      for (const [ns, catalog] of Object.entries(english)) {
        const other = translated[ns] ?? {};
        for (const key of Object.keys(catalog)) if (!(key in other)) missing.push(`${ns}:${key}`);
        for (const key of Object.keys(other)) if (!(key in catalog)) extra.push(`${ns}:${key}`);
      }
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${locale} uses the same arguments and rich-text tags as English`, () => {
      const translated = readCatalogs(locale);
      const mismatched: string[] = [];
      for (const [ns, catalog] of Object.entries(english))
        for (const [key, message] of Object.entries(catalog)) {
          const other = translated[ns]?.[key];
          if (typeof other !== 'string') continue;
          const a = [...argumentsOf(compileMessage(message))].sort().join(', ');
          const b = [...argumentsOf(compileMessage(other))].sort().join(', ');
          if (a !== b) mismatched.push(`${ns}:${key}: arguments {${a}} in English, {${b}} in ${locale}`);
          if (tagsOf(message).join() !== tagsOf(other).join())
            mismatched.push(
              `${ns}:${key}: tags ${tagsOf(message).join()} in English, ${tagsOf(other).join()} in ${locale}`,
            );
        }
      expect(mismatched).toEqual([]);
    });
  }
});

describe('the pseudo-locale', () => {
  it('accents every letter, keeps rich-text tags and brackets every message', () => {
    expect(accent('Sign in <0>here</0>')).toBe('Śíǧñ íñ <0>ĥéŕé</0>');
    const catalog = pseudoCatalog({
      'a:b': compileMessage('You have {count, plural, one {# essay} other {# essays}}, {name}'),
    });
    expect(catalog['a:b']).toEqual([
      PSEUDO_OPEN,
      'Ýóú ĥáṽé ',
      ['count', 'plural', { one: ['#', ' éśśáý'], other: ['#', ' éśśáýś'] }],
      ', ',
      ['name'],
      PSEUDO_CLOSE,
    ]);
  });

  it('leaves no ASCII letter outside arguments in any English message', () => {
    const compiled = Object.fromEntries(
      Object.entries(english).flatMap(([ns, catalog]) =>
        Object.entries(catalog).map(([key, message]) => [`${ns}:${key}`, compileMessage(message)]),
      ),
    );
    const leftovers: string[] = [];
    const strings = (m: unknown): string[] =>
      typeof m === 'string'
        ? [m]
        : Array.isArray(m)
          ? m.flatMap((p) =>
              typeof p === 'string'
                ? [p]
                : Array.isArray(p) && p[2] && typeof p[2] === 'object'
                  ? Object.values(p[2] as object).flatMap(strings)
                  : [],
            )
          : [];
    for (const [id, message] of Object.entries(pseudoCatalog(compiled)))
      for (const s of strings(message))
        if (/[A-Za-z]/.test(s.replace(/<\/?\w+\s*\/?>/g, ''))) leftovers.push(`${id}: ${s}`);
    expect(leftovers).toEqual([]);
  });
});
