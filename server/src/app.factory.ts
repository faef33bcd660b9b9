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
import { serveClientFiles } from './delivery/client-files.js';
import { compressResponses } from './delivery/compress-responses.js';

/** The whole server (API, socket.io, built client) as a Nest application, not yet listening. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: loggerLevels(config.logLevel),
    bodyParser: true,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // Before every route, so GraphQL and REST answers of 1 KB or more go out compressed.
  app.use(compressResponses());
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

  if (fs.existsSync(path.join(config.clientDist, 'index.html'))) serveClientFiles(app, config.clientDist);
  return app;
}

function loggerLevels(level: AppConfig['logLevel']) {
  const all = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return all.slice(0, all.indexOf(level) + 1) as unknown as ('error' | 'warn' | 'log' | 'debug' | 'verbose')[];
}
