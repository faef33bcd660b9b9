import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { tokenFromRequest } from '../auth/cookies.js';
import { renderSignInPage } from '../client-pages/sign-in-page.js';

/**
 * The built client (client/dist), served with its precompressed variants. The build writes `file.br`
 * and `file.gz` beside every text file (client/build/precompress.ts); express-static-gzip picks the one
 * the request's Accept-Encoding allows (Brotli first, then gzip, else the file itself) and sets
 * Content-Encoding, the original Content-Type and `Vary: Accept-Encoding`; serve-static under it keeps
 * ETag, Last-Modified and 304s (each variant has its own ETag). It was chosen over serve-static with our
 * own negotiation because it is exactly that, well used and small.
 */

/** Built files have the hash of their content in their name: they never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The pages and the service worker: kept, but checked on every visit, so a new build shows at once. */
export const REVALIDATE = 'no-cache';
/** Other public files (the icon): an hour. */
export const SHORT = 'public, max-age=3600';

/**
 * Paths the app's page never answers: API routes, short links (and the old `/convenings/<id>` links,
 * server/src/links/), sign-in with a school account (`/auth/`: the start, the provider's redirect back,
 * the emailed link), the LMS's LTI routes (`/lti/`), the tool's key set, built files and the build's
 * private notes.
 */
const NEVER_THE_PAGE = [
  '/graphql',
  '/api/',
  '/go/',
  '/convenings/',
  '/socket.io',
  '/healthz',
  '/assets/',
  '/.vite/',
  '/.well-known/',
  '/auth/',
  '/lti/',
];

/** The Cache-Control of a file of the build (a path relative to it, `.br`/`.gz` variants alike). */
export function cacheControlFor(relative: string): string {
  const file = relative
    .split(path.sep)
    .join('/')
    .replace(/\.(?:br|gz)$/, '');
  if (file.startsWith('assets/')) return IMMUTABLE;
  if (file === 'index.html' || file === 'sign-in.html' || file === 'sw.js') return REVALIDATE;
  return SHORT;
}

/**
 * Serves `dist` and answers client-side routes (e.g. /invitations/…) with its index.html. The first page
 * of /sign-in carries a sign-in form that works before the app's code arrives (sign-in.html, filled in
 * per request, compressed by compress-responses.ts); a newcomer (no session cookie) at / goes straight there.
 */
export function serveClientFiles(app: NestExpressApplication, dist: string): void {
  const files = expressStaticGzip(dist, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      // Files and folders whose name starts with a dot (.vite/, the build's chunk graph) are not there.
      dotfiles: 'ignore',
      cacheControl: false,
      setHeaders: (res: ServerResponse, file: string) => {
        res.setHeader('Cache-Control', cacheControlFor(path.relative(dist, file)));
      },
    },
  });
  const signInFile = path.join(dist, 'sign-in.html');
  const signInTemplate = fs.existsSync(signInFile) ? fs.readFileSync(signInFile, 'utf8') : null;
  app.use(files);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || NEVER_THE_PAGE.some((p) => req.path.startsWith(p))) return next();
    if (signInTemplate && (req.path === '/sign-in' || (req.path === '/' && !tokenFromRequest(req)))) {
      res.setHeader('Cache-Control', REVALIDATE);
      if (req.path === '/') return res.redirect(302, '/sign-in');
      return res.type('html').send(renderSignInPage(signInTemplate, req.query));
    }
    const url = req.url;
    req.url = '/index.html';
    files(req, res, (err?: unknown) => {
      req.url = url;
      next(err);
    });
  });
}
