// The live checks in the browser: a violation appears while the user types and disappears when
// the text is fixed; "Show" highlights the field it names; a rule switched off for this plan goes
// quiet and is saved in the plan; the profile switch re-runs the rules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startSession, openPlanner, appState, clickItem, frames, waitForState, itemRect,
} from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

const activityOn = (s, id) => s.analysis.violations.some((v) => v.rule === 'KR-ACTIVITY' && v.id === id);

test('an activity key result is flagged as it is typed and cleared when rewritten as an outcome', async () => {
  const { page, context } = await openPlanner(session, { width: 1600, height: 900 });
  await clickItem(page, '/objectives/0/addKeyResult');
  let state = await waitForState(page, (s) => s.plan.objectives[0].keyResults.length === 4, 'a new KR');
  const id = state.plan.objectives[0].keyResults[3].id;
  await waitForState(page, (s) => s.analysis.activeField === '/objectives/0/keyResults/3/title',
    'the new KR title field ready for typing');
  await page.keyboard.type('Publish 20 blog posts');
  state = await waitForState(page, (s) => activityOn(s, id) &&
    s.plan.objectives[0].keyResults[3].title === 'Publish 20 blog posts', 'KR-ACTIVITY while typing');
  const v = state.analysis.violations.find((x) => x.rule === 'KR-ACTIVITY' && x.id === id);
  assert.match(v.message, /Publish 20 blog posts/, 'the message quotes the plan\'s own words');
  assert.ok(await itemRect(page, `/objectives/0/keyResults/3/marker`), 'a marker beside the KR');

  await page.keyboard.press('Control+a');
  await page.keyboard.type('Increase organic trial signups from 200 to 300 per month by Jun 30');
  await page.keyboard.press('Tab');
  state = await waitForState(page, (s) => !activityOn(s, id), 'KR-ACTIVITY gone after the rewrite');
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
