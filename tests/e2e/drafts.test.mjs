// Drafts in the browser's storage: a corrupted stored draft is kept and offered for download, a
// refused save is said out loud and the draft stays in memory, and several drafts can be switched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  startSession, openPlanner, appState, clickItem, frames, waitForState, waitForFirstFrame, itemRect,
  dropFile, distDir,
} from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

// Makes the browser refuse every store (a full quota), then types `title` as the plan's title;
// resolves with the state once the refusal is known and every typed key has reached the plan (the
// refusal can come after the first keys, while the rest are still queued on a busy machine).
async function typeWithStorageRefusing(page, title) {
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    };
  });
  await clickItem(page, '/plan/title');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(title);
  return waitForState(page, (s) => s.document.storageError !== '' && s.plan.plan.title === title,
    'the storage error and the whole title');
}

test('a corrupted stored draft is kept, explained and offered for download', async () => {
  const { page, context } = await openPlanner(session);
  const broken = '{"format": "okr-plan", "version": 1, "plan": {"title": "Half a dr';
  await page.evaluate((text) => {
    localStorage.setItem('okr.draft.dbroken', text);
    localStorage.setItem('okr.drafts', JSON.stringify([{ id: 'dbroken', title: 'Half', updated: '2026-11-01' }]));
    localStorage.setItem('okr.currentDraft', 'dbroken');
  }, broken);
  await page.reload();
  await waitForFirstFrame(page);
  const state = await waitForState(page, (s) => s.ui.fileErrorTitle !== '', 'the recovery dialog');
  assert.match(state.ui.fileErrorTitle, /stored draft could not be read/);
  assert.ok(state.ui.fileErrors.some((e) => /line|column/.test(e)), state.ui.fileErrors.join('\n'));
  assert.match(state.plan.plan.title, /TalentSync/, 'the example opened instead');
  assert.ok(state.ui.notices.some((n) => /kept untouched/.test(n)));
  assert.equal(await page.evaluate(() => localStorage.getItem('okr.draft.dbroken')), broken);
  const [download] = await Promise.all([page.waitForEvent('download'),
    clickItem(page, 'dialog/downloadCorrupt')]);
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), broken);
  await context.close();
});

test('when the browser refuses to store the draft, the app says so and keeps working', async () => {
  const { page, context } = await openPlanner(session);
  const state = await typeWithStorageRefusing(page, 'Kept in memory');
  assert.match(state.document.storageError, /QuotaExceededError/);
  assert.equal(state.plan.plan.title, 'Kept in memory');
  assert.ok(await itemRect(page, 'notice/storage'), 'a visible warning');
  await context.close();
});

test('several drafts are kept and can be switched between', async () => {
  const { page, context } = await openPlanner(session);
  await clickItem(page, '/plan/title');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('First draft');
  const first = await waitForState(page, (s) => s.plan.plan.title === 'First draft' && s.document.stored,
    'the first draft stored');
  // A second draft: a file dropped on the page opens as a new draft.
  const second = JSON.parse(JSON.stringify(first.plan));
  second.plan.title = 'Second draft';
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'second.okr.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, JSON.stringify(second));
  const now = await waitForState(page, (s) => s.plan.plan.title === 'Second draft' && s.document.stored,
    'the second draft stored');
  assert.notEqual(now.document.draftId, first.document.draftId);
  const list = await page.evaluate(() => JSON.parse(window.okrShell.listDrafts()));
  assert.deepEqual(list.map((d) => d.title).sort(), ['First draft', 'Second draft']);
  // Open the drafts window from the File menu and switch back.
  await clickItem(page, 'menu/file');
  await clickItem(page, 'menu/file/drafts');
  await clickItem(page, `drafts/${first.document.draftId}/open`);
  await waitForState(page, (s) => s.plan.plan.title === 'First draft', 'switched back');
  await context.close();
});

test('a drafts index written by someone else, with odd values, still lists and never stops the app', async () => {
  const { page, context } = await openPlanner(session);
  await page.evaluate(() => {
    localStorage.setItem('okr.drafts', JSON.stringify([
      { id: 'dodd', title: 42, updated: { at: 'noon' } }, { id: 7 }, null, 'text',
      { id: 'dnull', title: null, updated: ['2026'] }]));
  });
  await clickItem(page, 'menu/file');
  await clickItem(page, 'menu/file/drafts');
  await frames(page, 5);  // times out if the frames stopped
  assert.ok(await itemRect(page, 'drafts/dodd/open'), 'the odd entry is listed');
  assert.ok(await itemRect(page, 'drafts/dnull/open'));
  await context.close();
});

test('with storage refusing, another plan replaces the edited one only after asking', async () => {
  const { page, context } = await openPlanner(session);
  await typeWithStorageRefusing(page, 'Typed but not stored');
  const other = fs.readFileSync(path.join(distDir, 'templates/s3-plg.json'), 'utf8');
  const otherTitle = JSON.parse(other).plan.title;

  // Cancel: the edited plan stays open, its edit intact.
  await dropFile(page, 'other.okr.json', other);
  await frames(page, 3);
  assert.ok(await itemRect(page, 'dialog/unstored'), 'the question is asked');
  assert.equal((await appState(page)).plan.plan.title, 'Typed but not stored');
  await clickItem(page, 'dialog/unstored/cancel');
  await frames(page, 3);
  assert.equal((await appState(page)).plan.plan.title, 'Typed but not stored');

  // Save to a file, then go on: the edit is in the download, the other plan opens.
  await dropFile(page, 'other.okr.json', other);
  await frames(page, 3);
  const [download] = await Promise.all([page.waitForEvent('download'),
    clickItem(page, 'dialog/unstored/save')]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(saved.plan.title, 'Typed but not stored');
  await waitForState(page, (s) => s.plan.plan.title === otherTitle, 'the other plan open');
  await context.close();
});
