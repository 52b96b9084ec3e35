#!/usr/bin/env node
/** Prints the security headers of the built site (dist/_headers, made from src/lib/build/csp.ts) as nginx directives. */
import { readFileSync } from 'node:fs';

const file = new URL(`../${process.argv[2] ?? 'dist'}/_headers`, import.meta.url);
let block = '';
for (const line of readFileSync(file, 'utf-8').split('\n')) {
  if (!line.trim()) continue;
  if (!/^\s/.test(line)) {
    if (block) console.log('}');
    block = line.trim();
    console.log(`location ${block.endsWith('*') ? block.slice(0, -1) : `= ${block}`} {`);
  } else {
    const at = line.indexOf(':');
    console.log(`  add_header ${line.slice(0, at).trim()} "${line.slice(at + 1).trim()}" always;`);
  }
}
if (block) console.log('}');
