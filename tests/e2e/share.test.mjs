// Share links: "Copy share link" puts the plan into the link (clipboard and dialog); the link opens
// in a fresh browser read only, edits change nothing and nothing is stored, "Make an editable copy"
// makes a draft; damaged and hostile links show what is wrong and leave the recipient's drafts
// byte for byte; a 50-objective plan fits a link and round-trips, a plan whose link would be too
// long gets the "download the file" offer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  startSession, openPlanner, appState, clickItem, frames, waitForState, itemRect, dropFile,
  waitForFirstFrame,
} from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const okrCli = path.resolve(here, '../../build/native/okr');
const example = fs.readFileSync(path.resolve(here, '../../assets/examples/talentsync.json'), 'utf8');
const bomb = fs.readFileSync(path.resolve(here, '../fixtures/share/bomb.txt'), 'utf8').trim();
const maxLinkChars = 128000;  // okr::kShareMaxLinkChars (core/share/link.h)
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-share-'));

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

const b64url = (buf) => buf.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function newContext() {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'],
    { origin: new URL(session.url).origin });
  return context;
}

// A context whose browser already holds a draft of its own (the recipient's work).
async function contextWithDraft() {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(session.url);
  await waitForFirstFrame(page);
  await page.evaluate((text) => {
    localStorage.clear();
    localStorage.setItem('okr.draft.dmine', text.replace('TalentSync', 'My own'));
    localStorage.setItem('okr.drafts', JSON.stringify([
      { id: 'dmine', title: 'My own plan', updated: '2026-01-01T00:00:00.000Z' }]));
    localStorage.setItem('okr.currentDraft', 'dmine');
  }, example);
  await page.close();
  return context;
}

const storage = (page) => page.evaluate(() => {
  const all = {};
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    all[k] = localStorage.getItem(k);
  }
  return all;
});

async function copyShareLink(page) {
  await clickItem(page, 'menu/file');
  await clickItem(page, 'menu/file/share');
  const state = await waitForState(page, (s) => s.share.show && !s.share.pending,
    'the share link made', 30000);
  await frames(page, 2);
  return state.share;
}

async function open(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await waitForFirstFrame(page);
  await frames(page, 3);
  return { page, errors };
}

test('a share link opens read only in a fresh browser; a copy becomes a draft', async () => {
  const a = await newContext();
  const { page } = await openPlanner(session, { context: a });
  const plan = (await appState(page)).plan;
  const share = await copyShareLink(page);
  assert.equal(share.error, '');
  assert.equal(share.clipboard, 'copied');
  assert.ok(share.link.startsWith(session.url + '#plan='), share.link.slice(0, 80));
  assert.ok(share.link.length < 8000, `a ${share.link.length}-character link for the example`);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), share.link);
  assert.ok(await itemRect(page, 'share/link'), 'the dialog shows the link to copy by hand');
  await a.close();

  const b = await contextWithDraft();
  const { page: shared } = await open(b, share.link);
  const before = await storage(shared);
  let state = await appState(shared);
  assert.equal(state.document.readOnly, true);
  assert.equal(state.share.sharedView, true);
  assert.deepEqual(state.plan, plan, 'the recipient sees the same plan');
  assert.ok(await itemRect(shared, 'shared/banner'), 'the read-only banner');
  await shared.screenshot({ path: path.join(shots, 'shared-read-only.png') });

  // Nothing offers to change it: no "+" button, row menu or "Switch off" is drawn.
  for (const label of ['/objectives/add', '/objectives/0/menu', '/objectives/0/addKeyResult',
    '/initiatives/add', '/strategy/themes/add']) {
    assert.equal(await itemRect(shared, label), null, `${label} is not drawn in a shared plan`);
  }
  const v = state.analysis.violations.find((x) => x.severity === 'warning');
  assert.ok(await itemRect(shared, `violation/${v.rule}/${v.id}/show`), '"Show" stays');
  assert.equal(await itemRect(shared, `violation/${v.rule}/${v.id}/off`), null,
    'no "Switch off" in a shared plan');
  // Edits go nowhere: a field click and typing, undo, a double-click on the tree.
  await clickItem(shared, '/plan/title');
  await shared.keyboard.type('XYZ');
  await shared.keyboard.press('Tab');
  await shared.keyboard.press('Control+z');
  await clickItem(shared, 'tab/tree');
  assert.equal(await itemRect(shared, 'tree/add'), null, 'no "+ Metric" in a shared plan');
  const canvas = await itemRect(shared, 'tree/canvas');
  await shared.mouse.dblclick(canvas.x + 10, canvas.y + 10);
  await frames(shared, 5);
  await shared.waitForTimeout(600);  // past the autosave delay
  state = await appState(shared);
  assert.deepEqual(state.plan, plan, 'nothing changed');
  assert.ok(state.ui.notices.some((n) => /read only/.test(n)), 'the refusal is said out loud');
  assert.equal(state.document.draftId, '');
  assert.deepEqual(await storage(shared), before, 'nothing stored, the own draft untouched');

  await clickItem(shared, 'shared/copy');
  state = await waitForState(shared, (s) => !s.document.readOnly && s.document.stored,
    'an editable, stored copy');
  assert.deepEqual(state.plan, plan);
  const after = await storage(shared);
  const id = state.document.draftId;
  assert.equal(after['okr.currentDraft'], id);
  assert.deepEqual(JSON.parse(after['okr.draft.' + id]), plan);
  assert.equal(after['okr.draft.dmine'], before['okr.draft.dmine'], 'the own draft untouched');
  assert.equal(await shared.evaluate(() => location.hash), '', 'the fragment is gone');
  await b.close();
});

test('damaged and hostile links say what is wrong and open the own drafts untouched', async () => {
  const notZlib = Buffer.from('this is not a zlib stream at all, just text bytes');
  const notAPlan = zlib.deflateSync(Buffer.from('{"objectives": "none"}'));
  const cases = [
    ['%%%garbage', /damaged: it holds characters/],
    [b64url(notZlib), /damaged: its packed plan/],
    [bomb, /unpacks to more than/],  // a few KB that inflate to gigabytes
    [b64url(notAPlan), /"format" key/],  // a whole link, but not a plan: the loader says why
    [b64url(zlib.deflateSync(Buffer.from(example))).slice(0, 500), /damaged/],  // cut short
  ];
  for (const [code, expected] of cases) {
    const context = await contextWithDraft();
    const { page, errors } = await open(context, session.url + '#plan=' + code);
    const before = await storage(page);
    const state = await appState(page);
    assert.match(state.ui.fileErrorTitle, /share link could not be opened/, code.slice(0, 30));
    assert.ok(state.ui.fileErrors.length > 0);
    assert.match(state.ui.fileErrors.join(' '), expected);
    console.log(`#plan=${code.slice(0, 24)}…: ${state.ui.fileErrors.slice(0, 2).join(' | ')}`);
    assert.equal(state.document.readOnly, false);
    assert.equal(state.document.draftId, 'dmine', 'the own draft opened as usual');
    assert.match(state.plan.plan.title, /My own/);
    assert.ok(await itemRect(page, 'dialog/fileProblems'), 'the error dialog is shown');
    await page.waitForTimeout(600);
    const afterStorage = await storage(page);
    assert.deepEqual(afterStorage, before, 'drafts byte for byte');
    assert.equal(afterStorage['okr.draft.dmine'], example.replace('TalentSync', 'My own'));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test(`a 50-objective plan fits a link (at most ${maxLinkChars} characters); a larger link is offered as a file`, async () => {
  const generate = (...args) => execFileSync(okrCli, ['generate', ...args],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  const fifty = generate('--objectives', '50', '--krs', '4', '--checkins', '12', '--nodes', '300');
  const a = await newContext();
  const { page } = await openPlanner(session, { context: a });
  await dropFile(page, 'fifty.okr.json', fifty);
  const plan = (await waitForState(page, (s) => s.plan.objectives.length === 50, 'the 50-objective plan',
    30000)).plan;
  const share = await copyShareLink(page);
  console.log(`50 objectives, 300 metrics, 12 check-ins: ${fifty.length} bytes of JSON, a ${share.link.length}-character link`);
  assert.ok(share.link.length <= maxLinkChars);
  assert.equal(share.clipboard, 'copied');
  const b = await newContext();
  const { page: shared } = await open(b, share.link);
  const state = await waitForState(shared, (s) => s.document.readOnly, 'the shared plan', 30000);
  assert.deepEqual(state.plan, plan, 'the 50-objective plan round-trips');
  await b.close();

  // Too big: an ordinary plan whose notes are 9,000 random letters each (texts are at most
  // 10,000 characters), which no compression shrinks, so the link would pass the limit.
  await clickItem(page, 'share/close');
  const big = JSON.parse(example);
  const noise = () => {
    let text = '';
    while (text.length < 9000) text += Math.random().toString(36).slice(2);
    return text.slice(0, 9000);
  };
  for (const o of big.objectives) {
    o.notes = noise();
    for (const k of o.keyResults) k.notes = noise();
  }
  for (const n of big.tree.nodes) n.notes = noise();
  await dropFile(page, 'noisy.okr.json', JSON.stringify(big));
  await waitForState(page, (s) => (s.plan.objectives[0].notes || '').length === 9000, 'the noisy plan',
    30000);
  const tooBig = await copyShareLink(page);
  console.log(`a plan of ${JSON.stringify(big).length} bytes of JSON, mostly random text: a ${tooBig.link.length}-character link`);
  assert.ok(tooBig.link.length > maxLinkChars);
  assert.notEqual(tooBig.clipboard, 'copied', 'a link too long is not put on the clipboard');
  assert.ok(await itemRect(page, 'share/tooBig'), 'the "too big" message');
  assert.equal(await itemRect(page, 'share/link'), null, 'no link offered');
  const [download] = await Promise.all([page.waitForEvent('download'),
    clickItem(page, 'share/download')]);
  assert.match(download.suggestedFilename(), /\.okr\.json$/);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(saved.objectives.map((o) => o.notes), big.objectives.map((o) => o.notes));
  await a.close();
});

test('framed by another site, the planner shows its plan read only and offers its own tab', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // The top page has another origin than the planner (about:blank here), as a wiki would.
  await page.setContent(`<iframe src="${session.url}" width="1200" height="720"></iframe>`);
  await page.waitForFunction(() => document.querySelector('iframe').contentWindow !== null);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.waitForFunction(() => window.okrShell && window.okrShell.firstFrameMs !== null,
    null, { timeout: 30000 });
  const state = await frame.evaluate(() => window.okrShell.state());
  assert.equal(state.share.framed, true);
  assert.equal(state.document.readOnly, true);
  assert.equal(state.document.draftId, '', 'nothing of it is stored');
  assert.ok(state.plan.objectives.length > 0, 'the plan is shown');
  assert.ok(await frame.evaluate(() => window.okrShell.itemRect('framed/open')), 'Open in its own tab');
  await context.close();
});
