// Forms laid out from what their labels measure: no caption is covered by its field, at the
// sizes a facilitator works at ("Contributes t", "Evidence pla" were cut at 1920); long text
// wraps in its field; "Fit" never shrinks the tree below a readable size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startSession, openPlanner, clickItem, frames, itemRect, appState, waitForState, dropFile,
} from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

const keys = ['kind', 'direction', 'metric', 'unit', 'baseline', 'target', 'current', 'due',
  'owner', 'source', 'sourceVisible', 'cadence', 'driver', 'signal', 'contributesTo',
  'evidence', 'notes', 'bandLow', 'bandHigh'];

for (const [width, height] of [[1280, 720], [1920, 1080]]) {
  test(`at ${width}×${height} every caption of a key result's details stays clear of its field`, async () => {
    const { page, context } = await openPlanner(session, { width, height });
    await clickItem(page, '/objectives/0/keyResults/0/details');
    await frames(page, 4);
    let checked = 0;
    for (const key of keys) {
      const label = `/objectives/0/keyResults/0/${key}`;
      const field = await itemRect(page, label);
      const caption = await itemRect(page, `${label}/caption`);
      if (!field || !caption) continue;
      checked += 1;
      assert.ok(caption.x + caption.w <= field.x,
        `"${key}": the caption ends at ${caption.x + caption.w}, its field starts at ${field.x}`);
    }
    assert.ok(checked >= 10, `captions checked: ${checked}`);
    await context.close();
  });
}

test('at 1280×720 the tree inspector gives its room to the drawing on request', async () => {
  const { page, context } = await openPlanner(session, { width: 1280, height: 720 });
  await clickItem(page, 'tab/tree');
  await frames(page, 3);
  const before = await itemRect(page, 'tree/canvas');
  await clickItem(page, 'tree/add');
  await frames(page, 3);
  const narrowed = await itemRect(page, 'tree/canvas');
  assert.ok(narrowed.w < before.w, 'the inspector opens beside the drawing');
  await page.keyboard.press('Tab');
  await clickItem(page, 'tree/inspector');
  await frames(page, 3);
  const wide = await itemRect(page, 'tree/canvas');
  assert.equal(wide.w, before.w, 'hidden, the drawing has the whole column again');
  await clickItem(page, 'tree/inspector');
  await frames(page, 3);
  assert.equal((await itemRect(page, 'tree/canvas')).w, narrowed.w, 'and it comes back');
  await context.close();
});

test('at 1280×720 long text wraps in its field: taller, never wider, whole in the plan', async () => {
  const { page, context } = await openPlanner(session, { width: 1280, height: 720 });
  const long = 'TalentSync company OKRs for the whole recruiting automation platform, its partners '
    + 'and every team that sells it';
  const oneLine = await itemRect(page, '/plan/client');
  const before = await itemRect(page, '/objectives/0/title');
  for (const label of ['/plan/title', '/objectives/0/title']) {
    await clickItem(page, label);
    await page.keyboard.press('Control+a');
    await page.keyboard.type(long);
    await waitForState(page, (s) => s.ui.inputPending === 0, `typing into ${label}`);
    await page.keyboard.press('Tab');
    await frames(page, 3);
  }
  const state = await appState(page);
  assert.equal(state.plan.plan.title, long, 'the plan holds the text, without the shown breaks');
  assert.equal(state.plan.objectives[0].title, long);
  const title = await itemRect(page, '/plan/title');
  assert.ok(title.h >= oneLine.h * 3, `the title field grew to ${title.h} px (one line: ${oneLine.h})`);
  assert.ok(title.x + title.w <= oneLine.x + oneLine.w + 1, 'and stayed in its column');
  const objective = await itemRect(page, '/objectives/0/title');
  assert.ok(objective.h > before.h, `the objective's title grew from ${before.h} to ${objective.h} px`);
  assert.ok(objective.x + objective.w <= before.x + before.w + 1, 'and no wider');
  await context.close();
});

test('at 1280×720 "Fit" keeps a deep tree readable: the top levels at a readable size', async () => {
  const { page, context } = await openPlanner(session, { width: 1280, height: 720 });
  // The example with a chain of eight more levels below one of its drivers, all stacked.
  const plan = JSON.parse(JSON.stringify((await appState(page)).plan));
  let parent = plan.tree.nodes[1].id;
  for (let level = 0; level < 8; level++) {
    const id = `deep${level}`;
    plan.tree.nodes.push({ id, name: `Level ${level + 3} metric`, kind: 'driver', x: 0, y: 0 });
    plan.tree.links.push({ id: `l${id}`, from: id, to: parent, relation: 'influence' });
    parent = id;
  }
  await dropFile(page, 'deep.okr.json', JSON.stringify(plan));
  await waitForState(page, (s) => s.plan.tree.nodes.length === plan.tree.nodes.length, 'the deep tree');
  await clickItem(page, 'tab/tree');
  await clickItem(page, 'tree/layout');
  await frames(page, 6);
  // Fitting all eleven levels into the canvas would draw a card about 30 px high.
  const nsm = await itemRect(page, `node/${plan.tree.nodes[0].id}`);
  assert.ok(nsm && nsm.h >= 110 * 0.7 - 1, `the North Star's card is ${nsm && nsm.h} px high`);
  const canvas = await itemRect(page, 'tree/canvas');
  assert.ok(nsm.y >= canvas.y && nsm.y + nsm.h <= canvas.y + canvas.h, 'and in view');
  await context.close();
});
