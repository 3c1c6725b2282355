// Bringing OKRs in (issue 19): a spreadsheet's rows dropped or pasted, a list of OKRs, our own CSV
// export dropped back — each shown in the import window first, then added as one undo step or
// opened as a new plan; what cannot be read is said and the draft stays as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startSession, openPlanner, appState, exportVia, clickItem, dropFile, itemRect, frames, waitForState,
} from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

test('our CSV export dropped back is added to the plan as one undo step', async () => {
  const { page, context } = await openPlanner(session);
  const before = await appState(page);
  const csv = await exportVia(page, 'menu/export/csv');
  await dropFile(page, 'tracking sheet.csv', csv);
  await frames(page, 3);
  assert.ok(await itemRect(page, 'import/found'), 'the import window shows what it found');
  assert.equal((await appState(page)).plan.objectives.length, before.plan.objectives.length,
    'nothing changes before the user says so');
  await clickItem(page, 'import/add');
  const after = await waitForState(page,
    (s) => s.plan.objectives.length === 2 * before.plan.objectives.length, 'the imported objectives');
  const n = before.plan.objectives.length;
  assert.equal(after.document.undoLabel, `Import ${n} objectives`);
  for (let o = 0; o < n; o++) {
    const was = before.plan.objectives[o], now = after.plan.objectives[n + o];
    assert.equal(now.title, was.title);
    assert.deepEqual(now.keyResults.map((k) => [k.title, k.target, k.owner]),
      was.keyResults.map((k) => [k.title, k.target, k.owner]));
  }
  await page.keyboard.press('Control+z');
  await waitForState(page, (s) => s.plan.objectives.length === n, 'one undo takes them all out');
  await context.close();
});

test('rows pasted from a spreadsheet outside a field open the import window', async () => {
  const { page, context } = await openPlanner(session);
  const before = await appState(page);
  const tsv = 'Objective\tKey result\tOwner\tTarget\n' +
    'Win the Nordic clinics\tSign 12 clinics in Sweden\tAna\t12\n' +
    '\tReach 70% weekly use among signed clinics\tBo\t70%\n';
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  }, tsv);
  await page.keyboard.press('Control+v');
  await frames(page, 3);
  assert.ok(await itemRect(page, 'import/found'), 'the pasted rows are shown before anything changes');
  await clickItem(page, 'import/newPlan');
  const opened = await waitForState(page,
    (s) => s.document.draftId !== before.document.draftId && s.plan.objectives.length === 1,
    'the rows opened as a new plan');
  assert.deepEqual(opened.plan.objectives[0].keyResults.map((k) => [k.owner, k.target, k.unit]),
    [['Ana', 12, undefined], ['Bo', 70, '%']]);
  await context.close();
});

test('a file that is neither a plan nor OKRs is said, and the draft stays as it was', async () => {
  const { page, context } = await openPlanner(session);
  const before = await appState(page);
  await dropFile(page, 'notes.txt', 'Remember to book the room.\nAnd the projector.\n');
  await frames(page, 3);
  assert.ok(await itemRect(page, 'dialog/import'));
  await clickItem(page, 'import/add');  // disabled: nothing was found
  await clickItem(page, 'import/cancel');
  await frames(page, 2);
  const after = await appState(page);
  assert.equal(after.document.revision, before.document.revision);
  assert.equal(after.document.draftId, before.document.draftId);
  assert.equal(await itemRect(page, 'dialog/import'), null);
  await context.close();
});
