// Security checks in the browser: the harness blocks and reports any request outside the page's
// origin (checked here on a page that tries one); a plan whose text holds HTML, script and
// spreadsheet formulas opens, exports as text, and runs nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startSession, openPlanner, appState, frames, waitForState, dropFile,
  exportVia,
} from './harness.mjs';

test('a request outside the origin is blocked and fails the session', async () => {
  const session = await startSession();
  const { page } = await openPlanner(session);
  // The page's own Content-Security-Policy stops a script's request before it leaves the page.
  const answer = await page.evaluate(() => fetch('http://192.0.2.1/beacon').then(() => 'sent', () => 'blocked'));
  assert.equal(answer, 'blocked');
  // What gets past it (a navigation, here) the harness blocks and reports.
  await page.goto('http://192.0.2.1/beacon').catch(() => {});
  assert.deepEqual(session.foreignRequests, ['http://192.0.2.1/beacon']);
  await assert.rejects(session.close(), /requests outside .*192\.0\.2\.1\/beacon/);
});

test('HTML, script and formulas in plan text open, export as text and never run', async () => {
  const session = await startSession();
  try {
    const { page, context } = await openPlanner(session);
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    const plan = (await appState(page)).plan;
    const img = '<img src=x onerror="alert(1);window.pwned=1">';
    const script = '<script>alert(2);window.pwned=2</script>';
    plan.plan.title = `Plan ${script}`;
    plan.objectives[0].title = `=HYPERLINK("http://evil.example","${img}")`;
    plan.objectives[0].keyResults[0].title = `${script} +1 calls`;
    plan.objectives[0].keyResults[0].owner = '@SUM(A1:A9)';
    plan.objectives[1].title = `Win ${img} [link](javascript:alert(3))`;
    await dropFile(page, 'hostile.okr.json', JSON.stringify(plan));
    const state = await waitForState(page, (s) => s.plan.plan.title === plan.plan.title, 'the plan');
    assert.equal(state.plan.objectives[0].title, plan.objectives[0].title, 'kept as typed');
    assert.equal(await page.title(), `Plan ${script} — OKR planner`);

    const md = await exportVia(page, 'menu/export/md');
    const report = await exportVia(page, 'menu/export/report');
    for (const text of [md, report]) {
      assert.ok(!/<img|<script/i.test(text), 'no live HTML');
    }
    assert.match(md, /&lt;script&gt;/);
    assert.match(md, /&lt;img src=x onerror=/);
    assert.ok(!/[^\\]\]\(javascript:/.test(md), 'no live link');
    const csv = await exportVia(page, 'menu/export/csv');
    const cells = csv.split(/,|\r\n/).map((c) => c.replace(/^"/, ''));
    assert.ok(cells.some((c) => c.startsWith("'=HYPERLINK(")), 'the formula neutralised');
    assert.ok(cells.includes("'@SUM(A1:A9)"));
    for (const c of cells) assert.ok(!/^[=+@]/.test(c), `a live formula: ${c}`);

    await frames(page, 5);
    assert.deepEqual(dialogs, []);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    await context.close();
  } finally {
    await session.close();
  }
});
