// Projector mode at 1920×1080: entered by key and by the toolbar button, large type actually
// applied, the editing chrome gone, next / previous by arrows, PageUp / PageDown and buttons, the
// light and dark themes (screenshots kept in the test's temp folder), the tree presentation, the
// session timer keeping frames coming, and Esc back to the planner.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startSession, openPlanner, appState, clickItem, frames, frameStats, waitForState, itemRect,
  decodePng, distinctColours,
} from './harness.mjs';

let session;
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-room-'));
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

// Mean brightness (0-255) of a screenshot.
function meanLuma(png) {
  const { pixels, bpp } = decodePng(png);
  let sum = 0;
  for (let i = 0; i < pixels.length; i += bpp) {
    sum += 0.2126 * pixels[i] + 0.7152 * pixels[i + 1] + 0.0722 * pixels[i + 2];
  }
  return sum / (pixels.length / bpp);
}

const focused = (page) => appState(page).then((s) => s.projector.focusedObjective);

test('projector mode at 1920×1080: large type, one objective at a time, themes, tree, Esc', async () => {
  const { page, context, watch } = await openPlanner(session, { width: 1920, height: 1080 });
  const start = await appState(page);
  const ids = start.plan.objectives.map((o) => o.id);
  assert.ok(ids.length >= 3, 'the example has objectives to step through');
  assert.equal(start.projector.on, false);
  const plannerFont = start.projector.bodyFontPx;

  await page.keyboard.press('F5');
  let state = await waitForState(page, (s) => s.projector.on && s.projector.theme === 'light',
    'projector mode on');
  await frames(page, 3);
  state = await appState(page);
  // A room's scale: body text of at least 44 px on a 1080-pixel-high screen (a slide's body).
  assert.ok(state.projector.bodyFontPx >= 44, `body text ${state.projector.bodyFontPx} px`);
  assert.ok(state.projector.bodyFontPx > plannerFont * 2.4);
  assert.equal(state.projector.focusedObjective, ids[0]);
  console.log(`full screen granted by this browser: ${state.projector.fullscreen}`);
  const title = await itemRect(page, 'projector/objectiveTitle');
  assert.ok(title && title.h >= 40, `objective title ${JSON.stringify(title)} is large`);
  assert.equal(await itemRect(page, 'menu/file'), null, 'the menu bar is hidden');
  assert.equal(await itemRect(page, 'tab/objectives'), null, 'the editing columns are hidden');
  assert.ok(await itemRect(page, 'projector/kr/0'), 'the key results are listed');
  assert.ok(await itemRect(page, 'projector/counter'), 'the violation counter is shown');
  for (const label of ['projector/title', 'projector/counter', 'projector/leave',
    'projector/timebox', 'projector/next']) {
    const r = await itemRect(page, label);
    assert.ok(r && r.x >= 0 && r.x + r.w <= 1920 && r.y + r.h <= 1080,
      `${label} is inside the screen: ${JSON.stringify(r)}`);
  }
  const light = await page.screenshot({ path: path.join(shots, 'projector-light.png') });
  assert.ok(meanLuma(light) > 200, 'the light theme is light');
  assert.ok(distinctColours(light) > 20, 'the screenshot shows the UI');

  // Next and previous: arrows, a clicker's PageUp / PageDown, the buttons; the ends hold.
  await page.keyboard.press('ArrowRight');
  await waitForState(page, (s) => s.projector.focusedObjective === ids[1], 'next by →');
  await page.keyboard.press('PageDown');
  await waitForState(page, (s) => s.projector.focusedObjective === ids[2], 'next by PageDown');
  await page.keyboard.press('PageUp');
  await waitForState(page, (s) => s.projector.focusedObjective === ids[1], 'back by PageUp');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await waitForState(page, (s) => s.projector.focusedObjective === ids[0], 'back by ←, held');
  await frames(page, 3);
  assert.equal(await focused(page), ids[0], 'previous at the first objective stays there');
  await clickItem(page, 'projector/next');
  await waitForState(page, (s) => s.projector.focusedObjective === ids[1], 'next by the button');

  // The dark theme.
  await clickItem(page, 'projector/theme');
  await waitForState(page, (s) => s.projector.theme === 'dark', 'the dark theme');
  await frames(page, 3);
  const dark = await page.screenshot({ path: path.join(shots, 'projector-dark.png') });
  assert.ok(meanLuma(dark) < 60, 'the dark theme is dark');

  // The tree, the focused objective's paths highlighted.
  await clickItem(page, 'projector/view');
  await waitForState(page, (s) => s.projector.view === 'tree', 'the tree presentation');
  await frames(page, 3);
  const nodes = start.plan.tree.nodes;
  for (const n of nodes) assert.ok(await itemRect(page, `projector/node/${n.id}`), n.id);
  await page.screenshot({ path: path.join(shots, 'projector-tree-dark.png') });
  await page.keyboard.press('d');
  await waitForState(page, (s) => s.projector.theme === 'light', 'light again by D');
  await frames(page, 3);
  await page.screenshot({ path: path.join(shots, 'projector-tree-light.png') });
  await page.keyboard.press('t');
  await waitForState(page, (s) => s.projector.view === 'objective', 'back to the objective by T');

  // Esc leaves: the planner's scale, theme and menus come back; nothing in the plan changed.
  await page.keyboard.press('Escape');
  state = await waitForState(page, (s) => !s.projector.on && s.projector.theme === 'planner',
    'projector mode off');
  await frames(page, 3);
  assert.ok(await itemRect(page, 'menu/file'), 'the menu bar is back');
  assert.equal(state.projector.bodyFontPx, plannerFont);
  assert.deepEqual(state.plan, start.plan, 'presenting changed nothing in the plan');

  // The toolbar button enters it too.
  await clickItem(page, 'toolbar/projector');
  await waitForState(page, (s) => s.projector.on, 'projector mode by the toolbar button');
  await clickItem(page, 'projector/leave');
  await waitForState(page, (s) => !s.projector.on, 'left by the button');
  assert.deepEqual(watch.consoleErrors, []);
  assert.deepEqual(watch.foreignRequests, []);
  console.log(`screenshots: ${shots}`);
  await context.close();
});

test('P types into a field and is no shortcut outside projector mode; F5 starts it', async () => {
  const { page, context } = await openPlanner(session);
  await clickItem(page, '/plan/title');
  await waitForState(page, (s) => s.analysis.activeField === '/plan/title', 'the title field active');
  await page.keyboard.press('End');
  await page.keyboard.type(' p');
  await page.keyboard.press('Enter');
  const state = await waitForState(page, (s) => s.plan.plan.title.endsWith(' p'), 'the typed p');
  assert.equal(state.projector.on, false);
  await waitForState(page, (s) => s.analysis.activeField === '', 'no field active');
  await page.keyboard.press('p');
  await page.keyboard.press('t');
  await new Promise((r) => setTimeout(r, 300));
  const after = await appState(page);
  assert.equal(after.projector.on, false, 'P alone does not start projector mode');
  assert.equal(after.ui.showTree, state.ui.showTree, 'T alone does not switch to the tree');
  await page.keyboard.press('F5');
  await waitForState(page, (s) => s.projector.on, 'F5 starts it');
  await context.close();
});

test('client view hides the checks in the planner and on the wall; a timebox counts down to a visible end', async () => {
  const { page, context, watch } = await openPlanner(session, { width: 1280, height: 720 });
  assert.ok(await itemRect(page, 'violations/counts'), 'the checks are shown while drafting');
  await clickItem(page, 'menu/view');
  await clickItem(page, 'menu/view/client');
  await waitForState(page, (s) => s.ui.clientView, 'client view on');
  await frames(page, 3);
  assert.equal(await itemRect(page, 'violations/counts'), null, 'no counts in client view');
  assert.ok(await itemRect(page, 'toolbar/showChecks'), 'the way back is in the menu bar');

  await page.keyboard.press('F5');
  await waitForState(page, (s) => s.projector.on, 'projector mode');
  await frames(page, 3);
  assert.equal(await itemRect(page, 'projector/counter'), null, 'no counter on the wall');
  assert.equal(await itemRect(page, 'projector/violations'), null, 'no violations on the wall');
  await page.keyboard.press('c');
  await frames(page, 3);
  assert.ok(await itemRect(page, 'projector/counter'), 'C shows the checks again');
  for (const label of ['projector/title', 'projector/counter', 'projector/leave',
    'projector/timebox', 'projector/next', 'projector/client']) {
    const r = await itemRect(page, label);
    assert.ok(r && r.x >= 0 && r.x + r.w <= 1280 && r.y + r.h <= 720,
      `${label} is inside a 1280×720 screen: ${JSON.stringify(r)}`);
  }

  // A 5-minute timebox: the timer says what is left, and runs.
  await clickItem(page, 'projector/timebox');
  await waitForState(page, (s) => s.projector.timeboxMinutes === 5, 'a 5-minute timebox');
  await clickItem(page, 'projector/timer/start');
  await page.waitForTimeout(1500);
  const running = await appState(page);
  assert.ok(running.projector.timerRunning && running.projector.timerMs > 900,
    `the timebox runs: ${running.projector.timerMs} ms`);
  await page.screenshot({ path: path.join(shots, 'projector-1280-timebox.png') });
  await page.keyboard.press('Escape');
  await waitForState(page, (s) => !s.projector.on, 'left');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('drafting on the wall: room-sized type, every field still editable, the checks beside', async () => {
  const { page, context, watch } = await openPlanner(session, { width: 1920, height: 1080 });
  const plannerFont = (await appState(page)).projector.bodyFontPx;
  await clickItem(page, 'menu/view');
  await clickItem(page, 'menu/view/coDraft');
  await waitForState(page, (s) => s.ui.coDraft && s.projector.bodyFontPx >= 32,
    'large type for the room');
  await frames(page, 3);
  assert.equal(await itemRect(page, '/plan/title'), null, "the plan's column is folded away");
  assert.ok(await itemRect(page, 'violations/counts'), 'the checks stay beside the objectives');
  const n = (await appState(page)).plan.objectives.length;
  await clickItem(page, '/objectives/add');
  await page.keyboard.type('Partners choose us without a sales call');
  await page.keyboard.press('Tab');
  await waitForState(page, (s) => s.plan.objectives[n]?.title === 'Partners choose us without a sales call',
    'typed on the wall');
  await page.screenshot({ path: path.join(shots, 'codraft-1920.png') });
  await clickItem(page, 'toolbar/leaveCoDraft');
  await waitForState(page, (s) => !s.ui.coDraft && s.projector.bodyFontPx === plannerFont,
    'back to the desk');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('projector mode works the same when the browser refuses full screen', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
  });
  const { page, watch } = await openPlanner(session, { context });
  await page.keyboard.press('F5');
  // The room-sized font is built on the frame after the switch: wait for it, not for the switch.
  const state = await waitForState(page, (s) => s.projector.on && s.projector.bodyFontPx >= 32,
    'projector mode on with room-sized text');
  assert.equal(state.projector.fullscreen, false);
  await page.keyboard.press('ArrowRight');
  await waitForState(page, (s) => s.projector.objectiveIndex === 1, 'next');
  await page.keyboard.press('Escape');
  await waitForState(page, (s) => !s.projector.on, 'left by Esc');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('the session timer keeps frames coming while it runs, and only then', async () => {
  const { page, context } = await openPlanner(session);
  await page.keyboard.press('F5');
  await waitForState(page, (s) => s.projector.on, 'projector mode on');
  await clickItem(page, 'projector/timer/start');
  await waitForState(page, (s) => s.projector.timerRunning, 'the timer running');
  // Without input the planner drops to one frame a second after 2 s; a running timer must not.
  await page.waitForTimeout(2500);
  let before = (await frameStats(page)).frames;
  await page.waitForTimeout(1000);
  const running = (await frameStats(page)).frames - before;
  assert.ok(running >= 8, `${running} frames in a second while the timer runs`);
  let state = await appState(page);
  assert.ok(state.projector.timerMs >= 3000, `timer at ${state.projector.timerMs} ms`);

  await clickItem(page, 'projector/timer/start');
  state = await waitForState(page, (s) => !s.projector.timerRunning, 'the timer paused');
  const paused = state.projector.timerMs;
  await page.waitForTimeout(2500);
  before = (await frameStats(page)).frames;
  await page.waitForTimeout(1000);
  const idle = (await frameStats(page)).frames - before;
  assert.ok(idle <= 3, `${idle} frames in an idle second while paused`);
  state = await appState(page);
  assert.ok(Math.abs(state.projector.timerMs - paused) < 1, 'a paused timer stands still');
  await clickItem(page, 'projector/timer/reset');
  await waitForState(page, (s) => s.projector.timerMs === 0, 'the timer reset');
  await context.close();
});
