import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from './config/config.js';
import { AppModule } from './app.module.js';
import { createValidationPipe, RejectNulPipe } from './common/validation.js';
import { GraphQLErrorFilter } from './common/graphql-error.filter.js';
import { ClusterIoAdapter } from './collaboration/collab-io.adapter.js';
import { DatabaseUnavailableFilter } from './database/database-unavailable.filter.js';
import { tokenFromRequest } from './auth/cookies.js';
import { renderSignInPage } from './client-pages/sign-in-page.js';

// Paths the app's page never answers: API routes, and built files (a missing chunk is a 404, not a page).
const API_PREFIXES = ['/graphql', '/api/', '/socket.io', '/healthz', '/assets/'];
const NO_CACHE_FILES = new Set(['sw.js', 'index.html']);

/** The whole server (API, socket.io, built client) as a Nest application, not yet listening. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: loggerLevels(config.logLevel),
    bodyParser: true,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  const withCsp = helmet();
  const withoutCsp = helmet({ contentSecurityPolicy: false });
  // GraphiQL (development only) loads its page from a CDN, which the strict policy would block.
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path === '/graphql' ? withoutCsp : withCsp)(req, res, next),
  );
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(new RejectNulPipe(), createValidationPipe());
  app.useGlobalFilters(new DatabaseUnavailableFilter(app.getHttpAdapter()), new GraphQLErrorFilter());
  app.enableShutdownHooks();
  const io = new ClusterIoAdapter(app, databaseUrl, config.redisUrl);
  await io.connect();
  app.useWebSocketAdapter(io);

  const index = path.join(config.clientDist, 'index.html');
  if (fs.existsSync(index)) {
    app.useStaticAssets(config.clientDist, {
      index: false,
      maxAge: '1h',
      // The service worker and the page it keeps must be checked on every visit, or a new build would
      // wait for the hour to pass.
      setHeaders: (res: Response, file: string) => {
        if (NO_CACHE_FILES.has(path.relative(config.clientDist, file))) res.setHeader('Cache-Control', 'no-cache');
      },
    });
    // The first page of /sign-in carries a sign-in form that works before the app's code arrives;
    // a newcomer (no session cookie) at / goes straight there.
    const signInFile = path.join(config.clientDist, 'sign-in.html');
    const signInTemplate = fs.existsSync(signInFile) ? fs.readFileSync(signInFile, 'utf8') : null;
    // Client-side routes (e.g. /invitations/…) get the app's page.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
      res.setHeader('Cache-Control', 'no-cache');
      if (signInTemplate && req.path === '/' && !tokenFromRequest(req)) return res.redirect(302, '/sign-in');
      if (signInTemplate && req.path === '/sign-in') {
        return res.type('html').send(renderSignInPage(signInTemplate, req.query));
      }
      res.sendFile(index);
    });
  }
  return app;
}

function loggerLevels(level: AppConfig['logLevel']) {
  const all = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return all.slice(0, all.indexOf(level) + 1) as unknown as ('error' | 'warn' | 'log' | 'debug' | 'verbose')[];
}
