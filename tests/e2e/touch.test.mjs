// Touch, in Chromium's touch emulation: a tap focuses a field and the hidden text field takes the
// focus inside the tap's own event (what makes a tablet show its keyboard), a finger drag scrolls
// a list and pans the tree, two fingers pinch the tree, a long press opens a row's menu — and no
// made-up mouse event or page zoom gets in the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, appState, itemRect, frames, waitForState, waitForFirstFrame } from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

async function openTouch({ width = 1280, height = 720 } = {}) {
  const context = await session.browser.newContext({ viewport: { width, height }, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(session.url);
  await waitForFirstFrame(page);
  // Records mouse events the browser makes up from touches, and whether the hidden text field
  // was focused while a touchend was being handled.
  await page.evaluate(() => {
    window.touchLog = { mouse: 0, focusInTouch: null };
    let inTouch = false;
    window.addEventListener('touchend', () => {
      inTouch = true;
      setTimeout(() => { inTouch = false; }, 0);
    }, true);
    for (const type of ['mousedown', 'mouseup', 'click']) {
      window.addEventListener(type, () => { window.touchLog.mouse++; }, true);
    }
    document.getElementById('ime').addEventListener('focus', () => {
      window.touchLog.focusInTouch = inTouch;
    });
  });
  const cdp = await context.newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent',
    { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
  return { page, context, errors, touch };
}

const centre = (r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

async function fingerDrag(page, touch, from, to, steps = 8) {
  await touch('touchStart', [from]);
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', [{ x: from.x + (to.x - from.x) * i / steps, y: from.y + (to.y - from.y) * i / steps }]);
    await frames(page, 1);
  }
  await touch('touchEnd', []);
  await frames(page, 4);
}

test('a tap focuses a field with the keyboard up, and typing lands in it', async () => {
  const { page, context, errors, touch } = await openTouch();
  const field = centre(await itemRect(page, '/plan/client'));
  await touch('touchStart', [field]);
  await touch('touchEnd', []);
  await waitForState(page, (s) => s.analysis.activeField === '/plan/client', 'the tapped field active');
  const log = await page.evaluate(() => window.touchLog);
  assert.equal(log.focusInTouch, true, 'the hidden text field was focused inside the tap');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ime');
  assert.equal(log.mouse, 0, 'no mouse events made up from the tap');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Tapped client');
  await page.keyboard.press('Tab');
  await waitForState(page, (s) => s.plan.plan.client === 'Tapped client', 'the typed text');

  // A tap on something that is not a text field leaves the keyboard down.
  await page.evaluate(() => { document.getElementById('canvas').focus(); window.touchLog.focusInTouch = null; });
  await touch('touchStart', [centre(await itemRect(page, 'tab/tree'))]);
  await touch('touchEnd', []);
  await waitForState(page, (s) => s.ui.showTree, 'the tree tab');
  assert.equal((await page.evaluate(() => window.touchLog)).focusInTouch, null);
  assert.equal(await page.evaluate(() => window.devicePixelRatio), 1, 'the page did not zoom');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a finger dragged up scrolls the objectives list with it, even when it starts on a field', async () => {
  const { page, context, errors, touch } = await openTouch();
  const before = await itemRect(page, '/objectives/0/title');
  const start = centre(await itemRect(page, '/objectives/0/keyResults/0/title'));
  await fingerDrag(page, touch, start, { x: start.x, y: start.y - 200 });
  const after = await itemRect(page, '/objectives/0/title');
  const moved = before.y - (after ? after.y : -Infinity);
  assert.ok(Math.abs(moved - 200) <= 12, `the list moved ${moved} px for a 200 px drag`);
  const state = await appState(page);
  assert.equal(state.analysis.activeField, '', 'no field was activated by the drag');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the tree a finger pans, two fingers pinch-zoom, and the plan is unchanged', async () => {
  const { page, context, errors, touch } = await openTouch({ width: 1600, height: 900 });
  await touch('touchStart', [centre(await itemRect(page, 'tab/tree'))]);
  await touch('touchEnd', []);
  await waitForState(page, (s) => s.ui.showTree, 'the tree tab');
  await frames(page, 4);
  const state = await appState(page);
  const id = state.plan.tree.nodes[0].id;
  const canvas = await itemRect(page, 'tree/canvas');
  const start = await itemRect(page, `node/${id}`);
  const from = { x: canvas.x + canvas.w - 80, y: canvas.y + 60 };
  await fingerDrag(page, touch, from, { x: from.x - 150, y: from.y + 100 });
  const panned = await itemRect(page, `node/${id}`);
  assert.ok(Math.abs(panned.x - start.x + 150) <= 3 && Math.abs(panned.y - start.y - 100) <= 3,
    `the card followed the finger: ${JSON.stringify([start, panned])}`);

  // Two fingers 100 px apart spread to 200 px about the canvas' middle: twice the size.
  const mid = { x: canvas.x + canvas.w / 2, y: canvas.y + canvas.h / 2 };
  await touch('touchStart', [{ x: mid.x - 50, y: mid.y }]);
  await touch('touchStart', [{ x: mid.x - 50, y: mid.y }, { x: mid.x + 50, y: mid.y }]);
  for (let i = 1; i <= 5; i++) {
    await touch('touchMove', [{ x: mid.x - 50 - 10 * i, y: mid.y }, { x: mid.x + 50 + 10 * i, y: mid.y }]);
    await frames(page, 1);
  }
  await touch('touchEnd', []);
  await frames(page, 4);
  const zoomed = await itemRect(page, `node/${id}`);
  const ratio = zoomed.w / panned.w;
  assert.ok(ratio > 1.8 && ratio < 2.2, `the card grew ×${ratio.toFixed(2)} for a ×2 pinch`);
  assert.deepEqual((await appState(page)).plan.tree, state.plan.tree, 'the view changed, not the plan');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a long press on a key result opens its row menu', async () => {
  const { page, context, errors, touch } = await openTouch();
  const row = '/objectives/0/keyResults/1';
  assert.equal(await itemRect(page, `${row}/delete`), null, 'the menu starts closed');
  const at = centre(await itemRect(page, `${row}/title`));
  await touch('touchStart', [at]);
  await page.waitForTimeout(800);
  await touch('touchEnd', []);
  await frames(page, 4);
  assert.ok(await itemRect(page, `${row}/delete`), 'the row menu is open');
  assert.equal((await appState(page)).analysis.activeField, '', 'the long press did not start typing');
  // Its entries take taps: "Move up" moves the key result up.
  const krs = (await appState(page)).plan.objectives[0].keyResults.map((k) => k.id);
  await touch('touchStart', [centre(await itemRect(page, `${row}/up`))]);
  await touch('touchEnd', []);
  await waitForState(page, (s) => s.plan.objectives[0].keyResults[0].id === krs[1], 'moved up');
  assert.deepEqual(errors, []);
  await context.close();
});
