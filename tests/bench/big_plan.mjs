// Big plans in the browser (10,000 and 5,400 entities): how long such a plan takes to open and
// what a frame then costs, for the shapes that stress the UI most — every key result
// under one objective, with 500-character titles (the share-link case of issue #15), and many
// objectives with a few key results each. Prints a table and BENCH lines (tests/bench/bench.h).
//   node tests/bench/big_plan.mjs      (needs dist/ and build/native/okr: .ci/build native web)
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  startSession, openPlanner, frameStats, waitForState, dropFile, appState, clickItem,
} from '../e2e/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const okr = path.resolve(here, '../../build/native/okr');

const generate = (objectives, krs) => JSON.parse(execFileSync(okr, ['generate', '--objectives',
  String(objectives), '--krs', String(krs), '--checkins', '0', '--nodes', '0'],
{ encoding: 'utf8', maxBuffer: 256 << 20 }));

// Every key result's title stretched to `chars` characters of ordinary words.
function longTitles(plan, chars) {
  const filler = ' for the regional teams who answer the phone during the evening shift';
  for (const o of plan.objectives) {
    for (const kr of o.keyResults) {
      let t = kr.title;
      while (t.length < chars) t += filler;
      kr.title = t.slice(0, chars);
    }
  }
  return plan;
}

function oneObjective(krs, chars) {
  const plan = generate(1, 1);
  const template = plan.objectives[0].keyResults[0];
  plan.objectives[0].keyResults = Array.from({ length: krs }, (_, i) => ({
    ...template, id: `kr${i + 1}`, title: `Grow weekly active teams from ${i} to ${i + 50}`,
  }));
  return longTitles(plan, chars);
}

const cases = [
  { name: 'one_objective_9990_krs_500_chars', plan: () => oneObjective(9990, 500) },
  { name: 'objectives_1800_x_3_krs', plan: () => generate(1800, 3) },
];

const rows = [];
const bench = [];
const session = await startSession();
try {
  for (const c of cases) {
    const plan = c.plan();
    const text = JSON.stringify(plan);
    const { page, context } = await openPlanner(session, { width: 1280, height: 720 });
    const start = Date.now();
    await dropFile(page, `${c.name}.okr.json`, text);
    await waitForState(page, (s) => s.plan.objectives.length === plan.objectives.length,
      'the big plan', 120000);
    const openMs = Date.now() - start;
    const analysisMs = (await appState(page)).analysis.lastAnalysisMs;
    for (let i = 0; i < 40; i++) await page.mouse.move(300 + (i % 20) * 20, 200 + (i % 5) * 40);
    const stats = await frameStats(page);
    // Typing into the first key result's title: the re-analysis each keystroke costs.
    await clickItem(page, '/objectives/0/keyResults/0/title');
    const edits = [];
    for (const ch of 'abcde') {
      const before = (await appState(page)).document.revision;
      await page.keyboard.type(ch);
      const s = await waitForState(page, (x) => x.document.revision > before, 'the edit', 60000);
      edits.push(s.analysis.lastAnalysisMs);
    }
    const editMs = [...edits].sort((a, b) => a - b)[2];
    rows.push({ plan: c.name, bytes: text.length, 'open ms': openMs, 'analysis ms': analysisMs,
      'frame CPU median ms': stats.cpuMedianMs, 'frame CPU max ms': stats.cpuMaxMs,
      'analysis per keystroke ms': editMs });
    bench.push(`BENCH name=open_${c.name} value=${openMs} unit=ms n=1`);
    bench.push(`BENCH name=analysis_${c.name} value=${analysisMs} unit=ms n=1`);
    bench.push(`BENCH name=keystroke_analysis_${c.name} median_ms=${editMs} ` +
      `min_ms=${Math.min(...edits)} max_ms=${Math.max(...edits)} n=${edits.length}`);
    bench.push(`BENCH name=frame_${c.name} median_ms=${stats.cpuMedianMs} ` +
      `min_ms=${stats.cpuMinMs} max_ms=${stats.cpuMaxMs} n=${stats.samples}`);
    await context.close();
  }
} finally {
  await session.close();
}
console.table(rows);
for (const line of bench) console.log(line);
