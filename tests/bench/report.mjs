// The benchmark report's measuring half (tests/bench/report builds everything first): runs every
// benchmark, repeats the browser measurements, and prints one table — median, min and max of
// repeated runs, native and WebAssembly side by side, each row with its budget and verdict — then
// the growth of the core figures with the plan size, and dist/'s gzipped size per file.
//
// What it picks up, so a new benchmark joins the report without editing this file:
//   - every tests/bench/bench_*.cpp, run natively (build/native/<name>) and under Node
//     (build/wasm-bench/<name>.js); one whose usage names [RUNS] [SCALE] also runs at
//     1/16, 1/4, 1, 4 and 16 times the generated plan for the growth table;
//   - every tests/bench/*_frames.mjs, run with node.
// Each prints, beside its human output, one line per figure on standard output:
//   BENCH name=<snake_case_name> median_ms=<x> min_ms=<x> max_ms=<x> n=<runs>
// or, for a count that is not a time:
//   BENCH name=<snake_case_name> value=<x> unit=<unit> n=<runs>
// Budgets are matched by name below (BUDGETS); a figure without one is shown with "-".
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serve } from '../../.ci/server.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const FIRST_FRAME_RUNS = 7;
const GROWTH_SCALES = [1 / 16, 1 / 4, 1, 4, 16];

// name pattern → [budget text, check(native, wasm) → true/false]
const BUDGETS = [
  [/^load_validate$/, '<= 10 ms', (n) => n.median <= 10],
  [/^save$/, '<= 5 ms', (n) => n.median <= 5],
  // Issue 22's bar for the 50-objective plan (issue 4's was 2 ms, WASM 3x).
  [/^analyze$/, '<= 0.5 ms; WASM <= 2x native', (n, w) => n.median <= 0.5 && (!w || w.median <= 2 * n.median)],
  [/^layout/, '<= 5 ms', (n) => n.median <= 5],
  [/^frame_cpu|^tree_canvas_frame/, '<= 4 ms', (n) => n.median <= 4],
  [/^reanalysis_steady$/, '<= 3 ms', (n) => n.median <= 3],
  // Issue 22: a keystroke at 50 objectives (edit + checks; the frame is the frame_cpu row).
  [/^keystroke_edit_and_analysis$/, '<= 1 ms', (n) => n.median <= 1],
  [/^idle_frames/, '<= 10 frames', (n) => n.median <= 10],
  // The undo history's byte cap (core/edit/commands.h).
  [/^undo_history_peak_mb$/, '<= 64 MB', (n) => n.median <= 64],
];

function parseBench(text) {
  const out = new Map();
  for (const line of text.split('\n')) {
    if (!line.startsWith('BENCH ')) continue;
    const kv = Object.fromEntries(line.slice(6).trim().split(/\s+/).map((p) => p.split('=')));
    if (!kv.name) continue;
    const v = kv.value !== undefined
      ? { median: +kv.value, min: +kv.value, max: +kv.value, unit: kv.unit || '' }
      : { median: +kv.median_ms, min: +kv.min_ms, max: +kv.max_ms, unit: 'ms' };
    out.set(kv.name, { ...v, n: +kv.n || 1 });
  }
  return out;
}

// Runs a program and returns its stdout; a benchmark exits 1 when over budget, which is a figure
// for the table, not a failure of the report.
function run(cmd, args, opts = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, cwd: root, ...opts });
  } catch (e) {
    if (e.stdout && e.status === 1) return e.stdout;
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${e.status}): ${e.stderr || e.message}`);
  }
}

const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const cell = (s) => (s ? `${fmt(s.median)} ${s.unit} (${fmt(s.min)}–${fmt(s.max)}, n=${s.n})` : '-');
const rows = [];
let failures = 0;
function addRow(figure, native, wasm, budget, met) {
  if (met === false) failures++;
  const ratio = native && wasm && native.median > 0 ? `${(wasm.median / native.median).toFixed(2)}x` : '-';
  rows.push([figure, cell(native), cell(wasm), ratio, budget || '-', met === undefined ? '-' : met ? 'met' : 'NOT MET']);
}
function budgeted(name, figure, native, wasm) {
  const b = BUDGETS.find(([re]) => re.test(name));
  addRow(figure, native, wasm, b && b[1], b ? b[2](native, wasm) : undefined);
}

// --- core benchmarks, native and WASM -------------------------------------------------------
const benchNames = fs.readdirSync(here).filter((f) => /^bench_.*\.cpp$/.test(f)).map((f) => f.slice(0, -4)).sort();
const growth = new Map();  // figure → Map(scale → stats)
for (const b of benchNames) {
  const native = parseBench(run(path.join(root, 'build/native', b), []));
  const wasmJs = path.join(root, 'build/wasm-bench', `${b}.js`);
  const wasm = fs.existsSync(wasmJs) ? parseBench(run('node', ['--no-experimental-fetch', wasmJs])) : new Map();
  for (const [name, s] of native) budgeted(name, `${name} (${b})`, s, wasm.get(name));
  if (fs.readFileSync(path.join(here, `${b}.cpp`), 'utf8').includes('[RUNS] [SCALE]')) {
    for (const scale of GROWTH_SCALES) {
      for (const [name, s] of parseBench(run(path.join(root, 'build/native', b), ['20', String(scale)]))) {
        if (!growth.has(name)) growth.set(name, new Map());
        growth.get(name).set(scale, s);
      }
    }
  }
}

// --- browser figures ----------------------------------------------------------------------
for (const f of fs.readdirSync(here).filter((x) => x.endsWith('_frames.mjs')).sort()) {
  for (const [name, s] of parseBench(run('node', [path.join(here, f)]))) budgeted(name, `${name} (${f})`, s, null);
}

// Navigation to first frame, the planner and the bare hello, each in fresh browser contexts.
const { chromium } = require(path.join(root, 'tests/node_modules/playwright-core'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
async function firstFrames(dir, readMs) {
  const server = await serve(dir, 0);
  const ms = [];
  try {
    for (let i = 0; i < FIRST_FRAME_RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(readMs, null, { timeout: 60000 });
      ms.push(await page.evaluate(readMs));
      await context.close();
    }
  } finally {
    await server.close();
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1), n: ms.length, unit: 'ms' };
}
const plannerFirst = await firstFrames(path.join(root, 'dist'),
  () => window.okrShell && window.okrShell.firstFrameMs !== null && window.okrShell.startedAt + window.okrShell.firstFrameMs);
const helloFirst = await firstFrames(path.join(root, 'build/hello/dist'), () => window.firstFrameAtMs || false);
await browser.close();
const ffRatio = plannerFirst.median / helloFirst.median;
addRow('navigation to first frame, bare ImGui hello (baseline)', helloFirst, null, '-', undefined);
addRow(`navigation to first frame, planner (${ffRatio.toFixed(2)}x hello)`, plannerFirst, null, '<= 1.3x hello', ffRatio <= 1.3);

// --- sizes ----------------------------------------------------------------------------------
const firstLoad = new Set(['index.html', 'okr.js', 'style.css', 'icon.svg', 'app.js', 'app.wasm', 'hello.js']);
function sizes(dir) {
  const files = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (!fs.statSync(file).isFile()) continue;
    const raw = fs.readFileSync(file);
    files.push({ name, raw: raw.length, gz: zlib.gzipSync(raw, { level: 9 }).length });
  }
  return { files, firstLoad: files.filter((f) => firstLoad.has(f.name)).reduce((a, f) => a + f.gz, 0) };
}
const plannerSize = sizes(path.join(root, 'dist'));
const helloSize = sizes(path.join(root, 'build/hello/dist'));
const kb = (b) => ({ median: b / 1024, min: b / 1024, max: b / 1024, n: 1, unit: 'KB' });
const sizeRatio = plannerSize.firstLoad / helloSize.firstLoad;
addRow('first load gzipped, bare ImGui hello (baseline)', kb(helloSize.firstLoad), null, '-', undefined);
addRow('first load gzipped, planner', kb(plannerSize.firstLoad), null, '<= 600 KB', plannerSize.firstLoad <= 600 * 1024);
addRow(`first load gzipped, planner / hello = ${sizeRatio.toFixed(2)}x`, null, null, '<= 2.5x hello', sizeRatio <= 2.5);

// --- print ------------------------------------------------------------------------------------
function table(head, body) {
  const w = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`| ${w.map((n) => '-'.repeat(n)).join(' | ')} |`);
  for (const r of body) console.log(line(r));
}
console.log('\n## Figures (median, min–max of n runs)\n');
table(['figure', 'native / browser', 'WASM (Node)', 'WASM/native', 'budget', ''], rows);

console.log('\n## Growth with the plan size (native; 1x = 50 objectives x 4 KRs x 12 check-ins, 300 nodes)\n');
const scaleName = (s) => (s < 1 ? `1/${1 / s}x` : `${s}x`);
const growthRows = [];
for (const [name, byScale] of growth) {
  const cells = [name];
  let prev = null;
  for (const s of GROWTH_SCALES) {
    const v = byScale.get(s);
    if (!v) {
      cells.push('- (not measured)');
      prev = null;
      continue;
    }
    // Issue 22: a 4x step costs between x3.5 and x4.5; above that the step is superlinear and
    // counts as a budget missed (under x3.5 is a fixed cost shared out, not a fault).
    const factor = prev ? v.median / prev.median : null;
    const superlinear = factor !== null && factor > 4.5;
    if (superlinear) failures += 1;
    cells.push(`${fmt(v.median)} ms${factor !== null ? ` (x${factor.toFixed(1)}${superlinear ? ' NOT LINEAR' : ''})` : ''}`);
    prev = v;
  }
  growthRows.push(cells);
}
table(['figure', ...GROWTH_SCALES.map(scaleName)], growthRows);
console.log('(each step is 4x the plan: a factor near x4 is linear; over x4.5 is NOT LINEAR and fails the report)');

console.log('\n## dist/ size per file (gzip -9)\n');
table(['file', 'raw KB', 'gzip KB'], plannerSize.files.map((f) => [f.name, (f.raw / 1024).toFixed(1), (f.gz / 1024).toFixed(1)]));
console.log(`\n${failures === 0 ? 'Every budget met.' : `${failures} budget(s) NOT MET.`}`);
process.exit(failures === 0 ? 0 : 1);
