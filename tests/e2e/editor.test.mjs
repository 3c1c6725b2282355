// Drafting in the browser through the real UI: typing into fields, undo and redo, autosave and
// restore, opening good and broken files, saving a file the command line accepts, the clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  startSession, openPlanner, appState, clickItem, frames, waitForState, dropFile, itemRect, distDir,
  choose,
} from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const okrCli = path.resolve(here, '../../build/native/okr');
const example = fs.readFileSync(path.resolve(here, '../../assets/examples/talentsync.json'), 'utf8');

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

test('typing a new objective and key result edits the plan; undo and redo take whole typing steps', async () => {
  const { page, context } = await openPlanner(session, { height: 900 });
  const start = await appState(page);
  const n = start.plan.objectives.length;
  await clickItem(page, '/objectives/add');
  let state = await waitForState(page, (s) => s.plan.objectives.length === n + 1, 'a new objective');
  await waitForState(page, (s) => s.analysis.activeField === `/objectives/${n}/title`,
    'the new title field ready for typing');
  await page.keyboard.type('Win the mid-market on onboarding speed');
  await page.keyboard.press('Tab');
  state = await waitForState(page, (s) => s.plan.objectives[n].title === 'Win the mid-market on onboarding speed',
    'the typed objective title');
  assert.match(state.document.undoLabel, /./, 'the Edit menu has something to undo');

  await clickItem(page, `/objectives/${n}/addKeyResult`);
  await waitForState(page, (s) => s.plan.objectives[n].keyResults.length === 1, 'a new key result');
  await waitForState(page, (s) => s.analysis.activeField === `/objectives/${n}/keyResults/0/title`,
    'the new KR title field ready for typing');
  await page.keyboard.type('Reduce median time-to-first-sequence from 12 days to 4 days');
  await page.keyboard.press('Tab');
  state = await waitForState(page,
    (s) => s.plan.objectives[n].keyResults[0].title.endsWith('to 4 days'), 'the typed KR');

  // The sentence offers its baseline and target; one click fills them in.
  await clickItem(page, `/objectives/${n}/keyResults/0/useSentence`);
  state = await waitForState(page, (s) => s.plan.objectives[n].keyResults[0].baseline === 12,
    'the parsed baseline');
  const kr = state.plan.objectives[n].keyResults[0];
  assert.equal(kr.target, 4);
  assert.equal(kr.unit, 'days');
  assert.equal(kr.direction, 'decrease');

  // Undo: the sentence values go in one step, the KR's typing in one more.
  await page.keyboard.press('Control+z');
  state = await waitForState(page, (s) => s.plan.objectives[n].keyResults[0].baseline === undefined,
    'undo of the sentence values');
  assert.ok(state.plan.objectives[n].keyResults[0].title.startsWith('Reduce median'));
  await page.keyboard.press('Control+z');
  state = await waitForState(page, (s) => (s.plan.objectives[n].keyResults[0].title ?? '') === '',
    'undo of the typing as one step');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+y');
  state = await waitForState(page, (s) => s.plan.objectives[n].keyResults[0].target === 4,
    'redo of both steps');
  await context.close();
});

test('the draft is stored within a second and restored on reload, and says so', async () => {
  const { page, context } = await openPlanner(session);
  await clickItem(page, '/plan/title');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Workshop draft 42');
  const t0 = Date.now();
  await waitForState(page, (s) => s.plan.plan.title === 'Workshop draft 42' && s.document.stored,
    'the draft stored in the browser');
  assert.ok(Date.now() - t0 < 1500, 'stored within a second of the change');
  assert.match(await page.title(), /Workshop draft 42/);
  await page.reload();
  await page.waitForFunction(() => window.okrShell && window.okrShell.firstFrameMs !== null);
  const state = await appState(page);
  assert.equal(state.plan.plan.title, 'Workshop draft 42');
  assert.ok(state.ui.notices.some((n) => /Restored your draft/.test(n)), state.ui.notices.join('|'));
  // The confirmation goes at the first edit (and by itself after a few seconds).
  await clickItem(page, '/plan/title');
  await page.keyboard.type('!');
  await waitForState(page, (s) => !s.ui.notices.some((n) => /Restored your draft/.test(n)),
    'the restore notice gone after the first edit');
  await context.close();
});

test('a confirmation leaves the banner by itself when nothing is edited', async () => {
  const { page, context } = await openPlanner(session);
  await clickItem(page, '/plan/title');
  await waitForState(page, (s) => s.analysis.activeField === '/plan/title', 'the title field active');
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await waitForState(page, (s) => s.plan.plan.title.endsWith('!') && s.document.stored, 'stored');
  await page.reload();
  await page.waitForFunction(() => window.okrShell && window.okrShell.firstFrameMs !== null);
  await waitForState(page, (s) => s.ui.notices.some((n) => /Restored your draft/.test(n)), 'the notice');
  await waitForState(page, (s) => s.ui.notices.length === 0, 'the banner empty again', 9000);
  await context.close();
});

test('a broken file shows located messages and leaves the draft untouched', async () => {
  const { page, context } = await openPlanner(session);
  const before = await appState(page);
  const broken = example.replace('"target": 45', '"target": "forty-five"');
  assert.notEqual(broken, example, 'the fixture edit applies');
  await dropFile(page, 'broken.okr.json', broken);
  const state = await waitForState(page, (s) => s.ui.fileErrorTitle !== '', 'the problems dialog');
  assert.match(state.ui.fileErrorTitle, /broken\.okr\.json/);
  assert.ok(state.ui.fileErrors.some((e) => e.startsWith('/objectives/0/keyResults/0/target')),
    state.ui.fileErrors.join('\n'));
  assert.deepEqual(state.plan, before.plan, 'the open draft is unchanged');
  assert.ok(await itemRect(page, 'dialog/fileProblems'), 'the dialog is on screen');
  await clickItem(page, 'dialog/close');
  await waitForState(page, (s) => s.ui.fileErrorTitle === '', 'the dialog closed');

  await dropFile(page, 'not-json.json', '{"format": "okr-plan", "version": 1,');
  const notJson = await waitForState(page, (s) => s.ui.fileErrorTitle !== '', 'the dialog again');
  assert.ok(notJson.ui.fileErrors.some((e) => /line \d+/.test(e)), notJson.ui.fileErrors.join('\n'));
  assert.deepEqual(notJson.plan, before.plan);
  await context.close();
});

test('a valid file opens as a new draft from the file picker', async () => {
  const { page, context } = await openPlanner(session);
  const before = await appState(page);
  const other = JSON.parse(example);
  other.plan.title = 'Opened from disk';
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'okr-')), 'opened.okr.json');
  fs.writeFileSync(file, JSON.stringify(other));
  await page.locator('#canvas').focus();
  await page.keyboard.press('Control+o');
  await frames(page, 3);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    clickItem(page, 'dialog/chooseFile'),
  ]);
  await chooser.setFiles(file);
  const state = await waitForState(page, (s) => s.plan.plan.title === 'Opened from disk', 'the opened file');
  assert.notEqual(state.document.draftId, before.document.draftId, 'a new draft, not the old one overwritten');
  await context.close();
});

test('Ctrl+S saves a file that okr check accepts', async () => {
  const { page, context } = await openPlanner(session);
  await page.locator('#canvas').focus();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Control+s'),
  ]);
  assert.match(download.suggestedFilename(), /\.okr\.json$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'okr-')), download.suggestedFilename());
  await download.saveAs(file);
  const out = execFileSync(okrCli, ['check', file], { encoding: 'utf8' });
  assert.doesNotMatch(out, /error/i);
  assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), (await appState(page)).plan);
  await context.close();
});

test('text pasted from another app lands in the field; copied text reaches the clipboard', async () => {
  const { page, context } = await openPlanner(session);
  await clickItem(page, '/plan/client');
  await page.keyboard.press('Control+a');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Acme Größe 株式会社');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  });
  await page.keyboard.press('Control+v');
  await page.keyboard.press('Tab');
  await waitForState(page, (s) => s.plan.plan.client === 'Acme Größe 株式会社', 'the pasted client');
  await clickItem(page, '/plan/title');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  await frames(page, 2);
  const copied = await page.evaluate(() => window.okrShell.clipboard);
  assert.equal(copied, (await appState(page)).plan.plan.title);
  await context.close();
});

test('accented, dead-key and IME text types correctly through the hidden text field', async () => {
  const { page, context } = await openPlanner(session);
  await clickItem(page, '/plan/client');
  await waitForState(page, (s) => s.analysis.activeField === '/plan/client', 'the field active');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ime',
    'typing goes to the hidden text field');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Café ');
  await page.keyboard.insertText('Größe ');
  // An IME composes, then commits; only the committed text may arrive.
  await page.evaluate(() => {
    const ime = document.getElementById('ime');
    ime.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    ime.value = 'かぶしき';
    ime.dispatchEvent(new InputEvent('input', { data: 'かぶしき', inputType: 'insertCompositionText', isComposing: true }));
    ime.value = '';
    ime.dispatchEvent(new CompositionEvent('compositionend', { data: '株式会社' }));
  });
  await page.keyboard.press('Tab');
  await waitForState(page, (s) => s.plan.plan.client === 'Café Größe 株式会社', 'the composed client name');
  await context.close();
});

test('the cascade view draws the team objectives under the company objective they support', async () => {
  const { page, context, watch } = await openPlanner(session);
  const text = fs.readFileSync(path.join(distDir, 'templates', 's2-marketplace.json'), 'utf8');
  await dropFile(page, 'marketplace.okr.json', text);
  await waitForState(page, (s) => s.plan.objectives.length === 5, 'the marketplace example');
  await clickItem(page, 'tab/cascade');
  const state = await waitForState(page, (s) => s.ui.showCascade, 'the cascade tab');
  const company = await itemRect(page, 'cascade/o1');
  assert.ok(company, 'the company objective has its card');
  let above = company;
  for (const id of ['o2', 'o3']) {
    const team = await itemRect(page, `cascade/${id}`);
    assert.ok(team, `${id} has its card`);
    assert.ok(team.y > above.y, `${id} is drawn under the one before it`);
    assert.ok(team.x > company.x, `${id} is indented under the company objective`);
    above = team;
  }
  assert.equal(state.plan.objectives[1].team, 'Support');
  // A team objective that supports nothing gets the column of its own.
  assert.equal(await itemRect(page, 'cascade/unlinked'), null);
  await clickItem(page, 'tab/objectives');
  await choose(page, '/objectives/1/parent', 'none');
  await waitForState(page, (s) => !s.plan.objectives[1].parent, 'O2 detached');
  await clickItem(page, 'tab/cascade');
  const unlinked = await itemRect(page, 'cascade/unlinked');
  assert.ok(unlinked, 'a column for team objectives not linked to a company objective');
  assert.ok((await itemRect(page, 'cascade/o2')).x >= unlinked.x, 'O2 is in it');
  // … under the theme it still supports (enough under a modified parallel cascade, S4).
  const theme = await itemRect(page, 'cascade/theme/t1');
  assert.ok(theme, "the theme's heading");
  assert.ok(theme.y > unlinked.y && theme.y < (await itemRect(page, 'cascade/o2')).y, 'O2 under it');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});
