import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { prepareDatabase } from './database/prepare.js';
import { guardAgainstDatabaseErrors } from './database/process-guard.js';
import { createApp } from './app.factory.js';
import { DEMO_ADULTS, DEMO_CLASSES, DEMO_DOMAIN, DEMO_PASSWORD } from './database/seed/demo-network.js';

function fail(message: string): never {
  console.error(`Switchback could not start: ${message}`);
  process.exit(1);
}

function printWelcome(config: AppConfig, url: string, demo: boolean): void {
  const lines = [`\n  Switchback is ready at ${url}\n`];
  if (demo) {
    lines.push(`  Demo sign-ins (password for everyone: ${DEMO_PASSWORD})`);
    lines.push(`    coordinator   coordinator@${DEMO_DOMAIN}`);
    lines.push(`    principal     principal.jordan@${DEMO_DOMAIN}`);
    lines.push(`    teacher       ruth.okada@${DEMO_DOMAIN}  (and ${DEMO_ADULTS.length - 3} more, see README)`);
    lines.push(`    student       ${DEMO_CLASSES[0].students[0][0]}  (username)`);
    lines.push('');
  }
  if (!config.smtpUrl) lines.push('  No SMTP_URL: emails are kept in the outbox (coordinator > Outbox).\n');
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const logger = new Logger('Switchback');
  guardAgainstDatabaseErrors((m) => logger.warn(m));
  const started = Date.now();
  let db;
  try {
    db = await prepareDatabase(config, (m) => logger.log(m));
  } catch (err) {
    fail((err as Error).message);
  }
  const app = await createApp(config, db.url);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping…`);
    await app.close().catch(() => undefined);
    await db.embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  try {
    await app.listen(config.port, config.host);
  } catch (err) {
    await db.embedded?.stop();
    fail(`cannot listen on port ${config.port}: ${(err as Error).message}`);
  }
  const demo = Boolean(db.embedded) || config.seedDemo;
  logger.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s${db.seeded ? ' (demo network created)' : ''}.`);
  printWelcome(config, config.publicUrl, demo);
}

void main();
