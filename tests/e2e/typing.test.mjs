// Typing at full speed right after every "+" button: the new entity's field gets every character,
// in order, and no letter is taken as a shortcut (a title that starts with "P" used to open
// projector mode, and a "T" then switched it to the tree).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPlanner, appState, clickItem, waitForState, itemRect, frames } from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

// Clicks the item and types at once: no wait for a frame between the click and the first key.
async function clickAndType(page, label, text) {
  let r = await itemRect(page, label);
  assert.ok(r, `'${label}' is drawn`);
  // Below the window (titles wrap, so the page grows): scroll its panel, as a user would.
  const height = page.viewportSize().height;
  for (let i = 0; i < 40 && r.y + r.h > height - 4; i++) {
    await page.mouse.move(r.x + r.w / 2, height / 2);
    await page.mouse.wheel(0, 200);
    await frames(page, 2);
    r = await itemRect(page, label);
  }
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

const typed = 'Prove Tuesday demos help partners decide faster';

async function expectTyped(page, read, what) {
  const state = await waitForState(page, (s) => read(s) === typed, `${what}: "${typed}"`, 5000)
    .catch(async (e) => {
      const s = await appState(page);
      throw new Error(`${e.message}; it reads "${read(s)}"`);
    });
  assert.equal(state.projector.on, false, `${what}: projector mode stayed off`);
  return state;
}

test('a new objective, key result, initiative and theme take every letter typed right after "+"', async () => {
  const { page, context, watch } = await openPlanner(session, { width: 1280, height: 720 });
  const start = await appState(page);
  const n = start.plan.objectives.length;
  await clickAndType(page, '/objectives/add', typed);
  await expectTyped(page, (s) => s.plan.objectives[n]?.title, 'the new objective');

  await clickAndType(page, `/objectives/${n}/addKeyResult`, typed);
  await expectTyped(page, (s) => s.plan.objectives[n]?.keyResults[0]?.title, 'its new key result');

  const i = start.plan.initiatives.length;
  await clickAndType(page, '/initiatives/add', typed);
  await expectTyped(page, (s) => s.plan.initiatives[i]?.title, 'the new initiative');

  const t = start.plan.strategy.themes.length;
  await clickAndType(page, '/strategy/themes/add', typed);
  const state = await expectTyped(page, (s) => s.plan.strategy.themes[t]?.title, 'the new theme');
  assert.equal(state.ui.showTree, start.ui.showTree, 'no letter switched to the tree');
  assert.deepEqual(watch.consoleErrors, [], 'no error in the console');
  await context.close();
});

test('a new metric in the tree takes the name typed right after "+ Metric", replacing "New metric"', async () => {
  const { page, context } = await openPlanner(session, { width: 1280, height: 720 });
  await clickItem(page, 'tab/tree');
  const n = (await appState(page)).plan.tree.nodes.length;
  await clickAndType(page, 'tree/add', typed);
  await expectTyped(page, (s) => s.plan.tree.nodes[n]?.name, 'the new metric');
  await context.close();
});

test('Enter in a multi-line field makes one line break, not two', async () => {
  const { page, context } = await openPlanner(session);
  await clickItem(page, '/strategy/vision');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('First line\nSecond line');
  await waitForState(page, (s) => s.ui.inputPending === 0, 'every key taken');
  await page.keyboard.press('Tab');
  await waitForState(page, (s) => s.plan.strategy.vision.startsWith('First line'), 'the vision typed');
  await frames(page, 2);
  assert.equal((await appState(page)).plan.strategy.vision, 'First line\nSecond line');
  await context.close();
});
