// Forms laid out from what their labels measure: no caption is covered by its field, at the
// sizes a facilitator works at ("Contributes t", "Evidence pla" were cut at 1920).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPlanner, clickItem, frames, itemRect } from './harness.mjs';

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
