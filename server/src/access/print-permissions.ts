/** Writes docs/permissions.md from the policy tables: `npm run permissions:generate`. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config/config.js';
import { permissionsMarkdown } from './permissions.js';

const file = path.join(REPO_ROOT, 'docs', 'permissions.md');
fs.writeFileSync(file, permissionsMarkdown());
console.log(`Wrote ${path.relative(REPO_ROOT, file)}`);
