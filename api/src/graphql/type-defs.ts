import { readdirSync, readFileSync } from 'node:fs';
import { rootDir } from '../config.ts';

const schemaDir = `${rootDir}schema`;

/** The SDL of `schema/*.graphql`, the API's source of truth, file by file. */
export const typeDefs = readdirSync(schemaDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(`${schemaDir}/${file}`, 'utf8'));
