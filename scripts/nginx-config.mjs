#!/usr/bin/env node
/**
 * Prints the nginx configuration for a build (src/lib/node/headers.ts): the same headers as the
 * build's _headers, the site's content types, dot files hidden, the .gz files of the build served.
 *
 *   node scripts/nginx-config.mjs [--dir dist] [--listen 80] [--server-name plan.example.org] > /etc/nginx/conf.d/shenyang-ai-plan.conf
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nginxConfig, parseHeadersFile } from '../src/lib/node/headers.ts';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(arg('dir', 'dist'));
const file = join(root, '_headers');
let rules;
try {
  rules = parseHeadersFile(readFileSync(file, 'utf-8'), file);
} catch (error) {
  console.error(`No nginx configuration written: ${error.message}`);
  process.exit(1);
}
process.stdout.write(
  nginxConfig(rules, { root, listen: arg('listen', '80'), serverName: arg('server-name', '_') }),
);
