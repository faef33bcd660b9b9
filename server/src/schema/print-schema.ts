/** Writes server/schema.gql from the resolvers (no database needed): `npm run schema:generate`. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { REPO_ROOT } from '../config/config.js';
import { RESOLVERS } from './resolvers.js';
import { schemaText } from './schema-text.js';

const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
await app.init();
const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
const file = path.join(REPO_ROOT, 'server', 'schema.gql');
fs.writeFileSync(file, schemaText(schema));
await app.close();
console.log(`Wrote ${path.relative(REPO_ROOT, file)}`);
