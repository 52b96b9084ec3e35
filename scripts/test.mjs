#!/usr/bin/env node
/**
 * `npm test`: the gate's steps (each an npm script), stage by stage, stopping after the first
 * stage in which a step fails; at the end (or at the failure) how long each step and stage took,
 * so that the gate's time (at most 6 minutes on a two-core machine) is watched step by step.
 *
 * The steps of one stage run side by side: none touches what another reads or writes (the
 * failure builds and the repeatability build work in copies of the project with caches of their
 * own, the sub-path build writes dist-subpath/, html-validate and the server probe only read
 * dist/, the two browser runs have their own ports and output folders). The first step of a
 * stage is shown as it runs; the output of the others is shown whole when each ends.
 *
 * A step that exits with 77 could not run (the audit, where the registry has no advisory
 * endpoint): it is SKIPPED, not a failure and not a pass, and the summary and the last line say so.
 */
import { spawn } from 'node:child_process';

/** The exit code of a step that could not run (as in Automake's test harness). */
const SKIPPED = 77;

const STAGES = [
  // lint and format:check (about 7 and 8 s of one core) fill the core that check leaves idle
  // while the failure builds finish; a style error then stops the gate in its first stage.
  ['check', 'test:failures', 'lint', 'format:check'],
  ['test:unit', 'build'],
  // The serving tests mostly wait (on sockets and timers): the two other builds fill the cores.
  ['test:html', 'test:serve', 'test:repeatable', 'test:subpath:build'],
  // The sub-path build's few browser tests, one worker, beside the root build's.
  ['test:e2e', 'test:subpath:browser'],
  ['test:audit'],
];

/** Runs a step; `shown` streams its output as it comes, otherwise it is shown whole at its end. */
function run(step, shown) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step], {
      stdio: shown ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (!shown) process.stdout.write(`\n── ${step} (${seconds.toFixed(1)} s) ──\n${output}`);
      resolve({ step, code, seconds });
    });
  });
}

const rows = [];
let failed;
const begin = performance.now();
for (const stage of STAGES) {
  const start = performance.now();
  if (stage.length > 1) console.log(`\n$ ${stage.join(' ∥ ')}`);
  // The stage's first step (the longest) is shown as it runs.
  const results = await Promise.all(stage.map((step, i) => run(step, i === 0)));
  rows.push({ stage, results, seconds: (performance.now() - start) / 1000 });
  failed = results.find((r) => r.code !== 0 && r.code !== SKIPPED);
  if (failed) break;
}
const outcome = (r) => (r.code === 0 ? '' : r.code === SKIPPED ? ' SKIPPED' : ' FAILED');
console.log('\nnpm test, step by step (steps of one stage side by side):');
for (const { results, seconds } of rows) {
  const steps = results.map((r) => `${r.step}${outcome(r)} ${r.seconds.toFixed(1)} s`).join(' ∥ ');
  console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${steps}`);
}
console.log(`  ${((performance.now() - begin) / 1000).toFixed(1).padStart(6)} s  total`);
if (failed) {
  console.error(`\nnpm test: "${failed.step}" failed.`);
  process.exit(failed.code ?? 1);
}
const skipped = rows.flatMap((row) => row.results).filter((r) => r.code === SKIPPED);
if (skipped.length)
  console.warn(
    `\nnpm test: passed, except ${skipped.length} step${skipped.length > 1 ? 's' : ''} SKIPPED (could not run, so checked nothing): ${skipped.map((r) => r.step).join(', ')}.`,
  );
else console.log('\nnpm test: every step passed.');
