// The screen-reader outline (issue 20): View → "Screen reader outline" puts a hidden outline of the
// plan into the page, which Chromium's accessibility tree lists — the objectives as headings, their
// key results with their values, the checks by severity — and a polite live region says which
// findings appeared after an edit, and another where the keyboard went. It is fetched only when
// turned on, and stays on at the next visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPlanner, appState, clickItem, waitForState } from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

test('the outline lists the plan in the accessibility tree and announces new findings', async () => {
  const { page, context } = await openPlanner(session);
  const mirrorFetched = [];
  page.on('request', (r) => { if (r.url().endsWith('/mirror.js')) mirrorFetched.push(r.url()); });
  assert.equal(await page.locator('#mirror').count(), 0, 'no outline until it is asked for');
  await clickItem(page, 'menu/view');
  await clickItem(page, 'menu/view/mirror');
  await page.locator('#mirror-outline h3').first().waitFor({ state: 'attached' });
  assert.equal(mirrorFetched.length, 1, 'mirror.js is fetched when the outline is turned on');
  const state = await appState(page);
  assert.equal(state.ui.mirror, true);

  // Chromium's accessibility tree, as a screen reader gets it.
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const named = (role) => nodes.filter((n) => n.role && n.role.value === role && n.name)
    .map((n) => n.name.value);
  const headings = named('heading');
  state.plan.objectives.forEach((o, i) =>
    assert.ok(headings.includes(`O${i + 1}: ${o.title}`), `objective ${i + 1} is a heading`));
  const items = named('StaticText').join('\n');
  const kr = state.plan.objectives[0].keyResults[0];
  assert.ok(items.includes(`KR1: ${kr.title}`), 'the first key result is a list item');
  assert.match(items, new RegExp(`from ${kr.baseline}% to ${kr.target}%`), 'with its baseline and target');
  assert.ok(headings.some((h) => /^Live checks: \d+ errors, \d+ warnings/.test(h)), 'the checks are counted');

  // Where the keyboard goes is said, with what the field holds, and marked in the outline.
  const where = page.locator('#mirror-focus');
  assert.equal(await where.getAttribute('aria-live'), 'polite');
  await clickItem(page, '/objectives/0/keyResults/0/title');
  await page.waitForFunction(() => /^Key result 1 of objective 1, title: /.test(
    document.getElementById('mirror-focus').textContent), null, { timeout: 5000 });
  assert.equal(await where.textContent(), `Key result 1 of objective 1, title: ${kr.title}`);
  assert.equal(await page.locator(`#mirror-${kr.id}`).getAttribute('aria-current'), 'true');
  await page.keyboard.press('Escape');

  // A finding that appears after an edit is announced, once the typing has stopped.
  const live = page.locator('#mirror-live');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  await clickItem(page, '/objectives/0/title');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Grow the business');
  await page.keyboard.press('Tab');
  const objective = state.plan.objectives[0].id;
  await waitForState(page, (s) => s.analysis.violations.some((v) => v.rule === 'OBJ-VAGUE' && v.id === objective),
    'OBJ-VAGUE on the edited objective');
  await page.waitForFunction(() => /new finding/.test(document.getElementById('mirror-live').textContent),
    null, { timeout: 8000 });
  assert.match(await live.textContent(), /'Grow the business' is too general/);
  const outline = await page.locator('#mirror-outline').textContent();
  assert.ok(outline.includes('O1: Grow the business'), 'the outline follows the edit');

  // Kept at the next visit; turned off, it is gone.
  await page.reload();
  await page.locator('#mirror-outline h3').first().waitFor({ state: 'attached', timeout: 15000 });
  await waitForState(page, (s) => s.ui.mirror === true, 'the setting read back');
  await clickItem(page, 'menu/view');
  await clickItem(page, 'menu/view/mirror');
  await page.waitForFunction(() => !document.getElementById('mirror'));
  await context.close();
});
