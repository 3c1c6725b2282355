// Browser figures of the driver-tree canvas with a 300-node tree (issue 6's numbers): CPU time
// of one canvas frame (new frame -> render, measured inside the app) with every node visible
// (tidy layout, zoom to fit) while the pointer moves, and of every frame of a node drag.
//   node tests/bench/tree_frames.mjs      (needs dist/ and build/native/okr: .ci/build native web)
// Prints a Markdown table and one `BENCH name=… median_ms=… min_ms=… max_ms=… n=…` line per figure.
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  startSession, openPlanner, frameStats, clickItem, waitForState, dropFile, frames, itemRect,
  appState,
} from '../e2e/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const okr = path.resolve(here, '../../build/native/okr');
const plan = execFileSync(okr, ['generate', '--objectives', '3', '--krs', '3', '--checkins', '4',
  '--nodes', '300'], { encoding: 'utf8', maxBuffer: 64 << 20 });

const rows = [];
const bench = [];
const record = (name, what, stats, budget, met) => {
  rows.push({ what, value: `median ${stats.cpuMedianMs.toFixed(2)} ms, max ${stats.cpuMaxMs.toFixed(2)} ms, ` +
    `${stats.over16} of ${stats.samples} frames over 16 ms`,
    budget, met: met ? 'met' : 'NOT met' });
  bench.push(`BENCH name=${name} median_ms=${stats.cpuMedianMs.toFixed(3)} ` +
    `min_ms=${stats.cpuMinMs.toFixed(3)} max_ms=${stats.cpuMaxMs.toFixed(3)} n=${stats.samples}`);
};

// Enough frames to fill the app's 240-frame window with this activity only.
const kFrames = 250;

const session = await startSession();
try {
  const { page, context } = await openPlanner(session, { width: 1600, height: 900 });
  await dropFile(page, 'generated.okr.json', plan);
  await waitForState(page, (s) => s.plan.tree.nodes.length === 300, 'the generated plan', 30000);
  await clickItem(page, 'tab/tree');
  await clickItem(page, 'tree/layout');
  await clickItem(page, 'tree/fit');
  await frames(page, 5);
  const canvas = await itemRect(page, 'tree/canvas');
  const nodes = (await appState(page)).plan.tree.nodes;
  let visible = 0;
  for (const n of nodes) {
    const r = await itemRect(page, `node/${n.id}`);
    if (r.x >= canvas.x - 1 && r.y >= canvas.y - 1 && r.x + r.w <= canvas.x + canvas.w + 1 &&
      r.y + r.h <= canvas.y + canvas.h + 1) visible++;
  }
  rows.push({ what: 'nodes visible after zoom to fit', value: `${visible} of ${nodes.length}`,
    budget: 'all', met: visible === nodes.length ? 'met' : 'NOT met' });

  // Pointer moving over the canvas, every node on screen.
  for (let i = 0; i < kFrames; i++) {
    await page.mouse.move(canvas.x + 50 + (i % 50) * 10, canvas.y + canvas.h - 30 - (i % 5) * 4);
    await frames(page, 1);
  }
  const idle = await frameStats(page);
  record('tree_canvas_frame_300_nodes', 'canvas frame CPU, 300 nodes visible', idle, '<= 4 ms median',
    idle.cpuMedianMs <= 4);

  // Select a card first (the inspector opens; its first frame compiles code the browser had not
  // run yet, measured apart), then drag it across the canvas, a frame per step.
  const card = await itemRect(page, `node/${nodes[150].id}`);
  const from = { x: card.x + card.w / 2, y: card.y + card.h / 2 };
  await page.mouse.click(from.x, from.y);
  await frames(page, 1);
  const selectFrame = (await frameStats(page)).cpuMaxMs;
  await frames(page, 10);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= kFrames; i++) {
    await page.mouse.move(from.x + Math.sin(i / 20) * 200, from.y + (i % 40) - 20);
    await frames(page, 1);
  }
  const drag = await frameStats(page);
  await page.mouse.up();
  await frames(page, 3);
  rows.push({ what: 'first selection (inspector opens; the window max before the drag)',
    value: `max ${selectFrame.toFixed(2)} ms`, budget: '-', met: 'met' });
  record('tree_drag_frame_300_nodes', 'node drag, every frame CPU, 300 nodes', drag,
    'no frame > 16 ms', drag.cpuMaxMs <= 16);
  await context.close();
} finally {
  await session.close();
}

console.log('| figure | value | budget | |\n| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.what} | ${r.value} | ${r.budget} | ${r.met} |`);
for (const line of bench) console.log(line);
