// The live checks in the browser: a first title is a draft (not judged) until its field is left;
// a violation then appears, and one being edited is judged as the user types; a deliverable gets
// one finding and a one-click "Make it a milestone"; the plan's sector changes the checks' words;
// "Show" highlights the field a violation names; a rule switched off for this plan goes quiet and
// is saved in the plan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  startSession, openPlanner, appState, clickItem, frames, waitForState, itemRect, dropFile, distDir,
} from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

const activityOn = (s, id) => s.analysis.violations.some((v) => v.rule === 'KR-ACTIVITY' && v.id === id);

test('a first title is a draft until the field is left; then an activity key result is flagged, and cleared when rewritten', async () => {
  const { page, context } = await openPlanner(session, { width: 1600, height: 900 });
  await clickItem(page, '/objectives/0/addKeyResult');
  let state = await waitForState(page, (s) => s.plan.objectives[0].keyResults.length === 4, 'a new KR');
  const id = state.plan.objectives[0].keyResults[3].id;
  await waitForState(page, (s) => s.analysis.activeField === '/objectives/0/keyResults/3/title',
    'the new KR title field ready for typing');
  await page.keyboard.type('Publish 20 blog posts');
  state = await waitForState(page, (s) => s.plan.objectives[0].keyResults[3].title === 'Publish 20 blog posts',
    'the first title typed');
  assert.ok(state.analysis.drafts.includes(id), 'a draft while its first title is typed');
  assert.ok(!state.analysis.violations.some((v) => v.id === id), 'a draft is not judged');
  assert.ok(await itemRect(page, '/objectives/0/keyResults/3/draft'), 'a draft mark beside the KR');

  await page.keyboard.press('Tab');
  state = await waitForState(page, (s) => activityOn(s, id), 'KR-ACTIVITY once the field is left');
  assert.ok(!state.analysis.drafts.includes(id));
  const v = state.analysis.violations.find((x) => x.rule === 'KR-ACTIVITY' && x.id === id);
  assert.match(v.message, /Publish 20 blog posts/, 'the message quotes the plan\'s own words');
  assert.ok(await itemRect(page, '/objectives/0/keyResults/3/marker'), 'a marker beside the KR');
  assert.ok(await itemRect(page, `violation/KR-ACTIVITY/${id}/rewrite`), 'a rewrite to start from');

  // A title being edited (not a first one) is judged as it is typed.
  await clickItem(page, '/objectives/0/keyResults/3/title');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Increase organic trial signups from 200 to 300 per month by Jun 30');
  state = await waitForState(page, (s) => !activityOn(s, id) &&
    s.plan.objectives[0].keyResults[3].title.endsWith('by Jun 30'), 'KR-ACTIVITY gone while typing the rewrite');
  assert.ok(!state.analysis.drafts.includes(id));
  await context.close();
});

test('a deliverable key result gets one finding and becomes a milestone in one click', async () => {
  const { page, context } = await openPlanner(session, { width: 1600, height: 900 });
  await clickItem(page, '/objectives/0/addKeyResult');
  let state = await waitForState(page, (s) => s.plan.objectives[0].keyResults.length === 4, 'a new KR');
  const id = state.plan.objectives[0].keyResults[3].id;
  await waitForState(page, (s) => s.analysis.activeField === '/objectives/0/keyResults/3/title',
    'the new KR title field ready for typing');
  await page.keyboard.type('The expansion playbook is published');
  await page.keyboard.press('Tab');
  state = await waitForState(page, (s) => s.analysis.violations.some((v) => v.id === id && v.rule === 'KR-ACTIVITY'),
    'the deliverable diagnosed');
  const mine = state.analysis.violations.filter((v) => v.id === id).map((v) => v.rule);
  assert.ok(!mine.includes('KR-NO-TARGET'), `no missing-target finding on a deliverable (${mine})`);
  const v = state.analysis.violations.find((x) => x.id === id && x.rule === 'KR-ACTIVITY');
  assert.match(v.message, /deliverable/);
  await clickItem(page, `violation/KR-ACTIVITY/${id}/milestone`);
  state = await waitForState(page, (s) => s.plan.objectives[0].keyResults[3].kind === 'milestone', 'a milestone');
  assert.ok(!state.analysis.violations.some((x) => x.id === id && x.rule === 'KR-ACTIVITY'));
  await page.keyboard.press('Control+z');
  await waitForState(page, (s) => s.plan.objectives[0].keyResults[3].kind === 'metric', 'undone in one step');
  await context.close();
});

test('a plan marked as an open-source project hears of the people it serves, not customers or the business', async () => {
  const { page, context } = await openPlanner(session, { width: 1600, height: 900 });
  const tactic = (s) => s.analysis.violations.find((v) => v.rule === 'OBJ-TACTIC' && v.id === s.plan.objectives[0].id);
  await clickItem(page, '/objectives/0/title');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Build landing pages for service lines');
  await page.keyboard.press('Tab');
  let state = await waitForState(page, (s) => tactic(s) &&
    s.plan.objectives[0].title === 'Build landing pages for service lines' &&
    s.analysis.activeField !== '/objectives/0/title', 'OBJ-TACTIC on a piece of work');
  assert.match(tactic(state).message, /customers or the business/);
  await clickItem(page, '/plan/sector');
  await clickItem(page, '/plan/sector/open-source');
  state = await waitForState(page, (s) => s.plan.plan.sector === 'open-source', 'the sector set');
  assert.match(tactic(state).message, /the people the plan serves/);
  await context.close();
});

test('Show highlights the field a violation names; Switch off silences the rule for this plan', async () => {
  const { page, context } = await openPlanner(session, { width: 1600, height: 900 });
  let state = await appState(page);
  const v = state.analysis.violations.find((x) => x.rule === 'KR-NO-OWNER');
  assert.ok(v, 'the example has a team as a KR owner (S2: names, not teams)');
  await clickItem(page, `violation/KR-NO-OWNER/${v.id}/show`);
  state = await waitForState(page, (s) => s.analysis.focus === v.path, 'the field highlighted');
  assert.ok(await itemRect(page, v.path), 'the named field is drawn (its details opened)');

  const before = state.analysis.violations.length;
  await clickItem(page, `violation/KR-NO-OWNER/${v.id}/off`);
  state = await waitForState(page, (s) => !s.analysis.violations.some((x) => x.rule === 'KR-NO-OWNER'),
    'the rule silenced');
  assert.equal(state.plan.rules.overrides['KR-NO-OWNER'], 'off');
  assert.ok(state.analysis.violations.length < before);
  await clickItem(page, 'rules/KR-NO-OWNER/on');
  await waitForState(page, (s) => s.analysis.violations.some((x) => x.rule === 'KR-NO-OWNER'),
    'the rule back on');
  await context.close();
});

test('the company size sets the key-result total S4 gives a small company', async () => {
  const { page, context } = await openPlanner(session, { width: 1600, height: 900 });
  const total = (s) => s.analysis.violations.find((v) => v.rule === 'SET-KR-TOTAL');
  let state = await appState(page);
  assert.equal(state.plan.plan.headcount, 12, 'the example is S4\'s 12-person TalentSync');
  assert.ok(!total(state), 'nine company KRs are within S4\'s numbers at 12 people');
  await clickItem(page, '/plan/headcount');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  state = await waitForState(page, (s) => s.plan.plan.headcount === 8 && total(s), 'the total at 8 people');
  assert.match(total(state).message, /at 8 people, S4 keeps the plan to 7/);
  await context.close();
});

// The learned reader's weights (dist/model/reader.bin) are fetched after the first frame, like the
// fonts; the plan is then checked again with it. "Deepen our bond with the customer" passes the
// rules and is vague to the learned reader; "Acquire an MRI scanner …" measures nothing to the
// rules and is work to it. Without the file, the rules alone still check.
test('the learned reader arrives after the first frame and its verdicts follow; the rules check without it', async () => {
  const example = JSON.parse(fs.readFileSync(path.join(distDir, 'templates', 'talentsync.json'), 'utf8'));
  example.objectives[0].title = 'Deepen our bond with the customer';
  const kr = example.objectives[0].keyResults[0];
  kr.title = 'Acquire an MRI scanner dedicated to stroke and vascular imaging';
  for (const field of ['metric', 'baseline', 'target', 'unit', 'direction', 'checkins', 'driver', 'signal']) delete kr[field];
  const ruleOn = (s, rule, id) => s.analysis.violations.some((v) => v.rule === rule && v.id === id);
  const vagueOn = (s) => ruleOn(s, 'OBJ-VAGUE', 'o1');

  const { page, context, watch } = await openPlanner(session);
  const started = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /model\/reader\.bin$/.test(e.name)).map((e) => e.startTime));
  const firstFrameMs = await page.evaluate(() => window.okrShell.firstFrameMs);
  assert.equal(started.length, 1, 'the learned reader is fetched once');
  assert.ok(started[0] >= firstFrameMs, `asked for at ${started[0]} ms, first frame at ${firstFrameMs} ms`);
  await dropFile(page, 'plan.okr.json', JSON.stringify(example));
  await waitForState(page, vagueOn, 'OBJ-VAGUE from the learned reader');
  const learned = await waitForState(page, (s) => ruleOn(s, 'KR-ACTIVITY', kr.id),
    'KR-ACTIVITY from the learned reader');
  assert.ok(!ruleOn(learned, 'KR-NO-TARGET', kr.id), 'the work is not also called unmeasured');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();

  const cut = await session.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await cut.route('**/model/**', (route) => route.abort());
  const off = await openPlanner(session, { context: cut });
  await dropFile(off.page, 'plan.okr.json', JSON.stringify(example));
  const state = await waitForState(off.page, (s) => s.plan.objectives[0].title === example.objectives[0].title,
    'the dropped plan');
  await frames(off.page, 5);
  const rulesOnly = await appState(off.page);
  assert.ok(!vagueOn(rulesOnly), 'no learned verdict without the learned reader');
  assert.ok(ruleOn(rulesOnly, 'KR-NO-TARGET', kr.id) && !ruleOn(rulesOnly, 'KR-ACTIVITY', kr.id),
    'the rules alone say it measures nothing');
  assert.ok(state.analysis.violations.length > 0, 'the rules still check the plan');
  await cut.close();
});
