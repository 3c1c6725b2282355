// First screen: the planner loads offline-clean, draws the example plan crisply, and answers the
// test window. Runs against dist/ in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  startSession, openPlanner, appState, itemRect, frames, distinctColours, distDir, dropFile,
  waitForState, exportVia,
} from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

test('the page loads and draws its first frame with no console error and no foreign request', async () => {
  const { page, context, watch } = await openPlanner(session);
  await frames(page, 5);
  const firstFrameMs = await page.evaluate(() => window.okrShell.firstFrameMs);
  console.log(`# navigation to first frame: ${firstFrameMs.toFixed(0)} ms`);
  assert.deepEqual(watch.consoleErrors, []);
  assert.deepEqual(watch.foreignRequests, []);
  const shot = await page.locator('#canvas').screenshot();
  assert.ok(distinctColours(shot) > 50, 'the canvas shows text and panels, not a blank fill');
  assert.equal(await page.locator('#loading').isVisible(), false, 'the loading note is gone');
  // The code a user's action reaches arrives after the first frame (app.deferred.wasm); nothing
  // at start needs it, so nothing loaded it on the spot.
  await page.waitForFunction(() => window.okrShell.deferredLoaded, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.okrShell.deferredLoadedAtOnce), 0,
    'no function of the deferred part was called before it arrived');
  await context.close();
});

test('an export asked for before the deferred part arrives loads it on the spot', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 } });
  // The fetch after the first frame fails; the synchronous load when the export needs it does not.
  await context.route('**/app.deferred.wasm', (route) => (
    route.request().resourceType() === 'fetch' ? route.abort() : route.continue()));
  const { page, watch } = await openPlanner(session, { context });
  await frames(page, 3);
  assert.equal(await page.evaluate(() => window.okrShell.deferredLoaded), false);
  const md = await exportVia(page, 'menu/export/md');
  assert.match(md, /TalentSync/);
  assert.equal(await page.evaluate(() => window.okrShell.deferredLoadedAtOnce), 1);
  // (The browser reports the fetch the test refused.)
  assert.deepEqual(watch.consoleErrors.filter((e) => !e.includes('net::ERR_FAILED')), []);
  await context.close();
});

test('the example plan is loaded through the core and shown', async () => {
  const { page, context } = await openPlanner(session);
  const state = await appState(page);
  assert.equal(state.plan.format, 'okr-plan');
  assert.match(state.plan.plan.title, /TalentSync/);
  assert.equal(state.plan.objectives.length, 3);
  assert.equal(state.ui.notices.length, 0, `no load problems: ${state.ui.notices.join('; ')}`);
  for (const [i, objective] of state.plan.objectives.entries()) {
    assert.ok(objective.keyResults.length >= 2);
    if (i > 0) continue;  // the others may be scrolled out of view
    const rect = await itemRect(page, `/objectives/${i}/title`);
    assert.ok(rect && rect.w > 0 && rect.h > 0, `objective ${objective.id} is drawn`);
  }
  const rect = await itemRect(page, '/objectives/0/keyResults/0/title');
  assert.ok(rect && rect.x > 0 && rect.x < 1280 && rect.y > 0 && rect.y < 720,
    'the first key result is on screen');
  await context.close();
});

test('at devicePixelRatio 2 the canvas backing store is twice its CSS size', async () => {
  const { page, context } = await openPlanner(session, { dpr: 2 });
  await frames(page, 3);
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
  });
  assert.equal(size.w, size.cw * 2);
  assert.equal(size.h, size.ch * 2);
  const state = await appState(page);
  assert.equal(state.ui.pixelRatio, 2);
  const rect = await itemRect(page, '/plan/title');
  assert.ok(rect.x < size.cw && rect.y < size.ch, 'item rectangles are reported in CSS pixels');
  await context.close();
});

test('Ctrl+= enlarges the UI, the browser does not zoom, and the scale survives a reload', async () => {
  const { page, context } = await openPlanner(session);
  const before = await itemRect(page, '/plan/title');
  await page.locator('#canvas').focus();
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Equal');
  await frames(page, 4);
  const state = await appState(page);
  assert.ok(Math.abs(state.ui.userScale - 1.2) < 1e-6, `scale is ${state.ui.userScale}`);
  const after = await itemRect(page, '/plan/title');
  assert.ok(after.h > before.h * 1.1, 'the title is drawn larger');
  assert.equal(await page.evaluate(() => window.devicePixelRatio), 1, 'the browser did not zoom');
  await page.reload();
  await page.waitForFunction(() => window.okrShell && window.okrShell.firstFrameMs !== null);
  assert.ok(Math.abs((await appState(page)).ui.userScale - 1.2) < 1e-6);
  await page.keyboard.press('Control+0');
  await frames(page, 3);
  assert.equal((await appState(page)).ui.userScale, 1);
  await context.close();
});

test('without WebGL 2 the page says what is missing, instead of loading forever', async () => {
  const ctx = await session.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await ctx.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
    };
  });
  const page = await ctx.newPage();
  await page.goto(session.url);
  await page.waitForFunction(() => document.getElementById('loading').classList.contains('error'),
    null, { timeout: 20000 });
  const text = await page.textContent('#loading');
  assert.match(text, /WebGL 2/);
  assert.match(text, /Firefox, Chrome, Edge or Safari/);
  assert.ok(await page.isVisible('#loading'));
  await ctx.close();
});

test('a canvas the size of the screen asks for no full screen of its own (no uncaught errors)', async () => {
  // Emscripten's GLFW asks for full screen when a window is sized to the screen's size, outside
  // any click: Chromium refuses with an uncaught "TypeError: Permissions check failed". A window
  // resized to fill the screen, and projector mode entered and left, must not trigger it.
  const context = await session.browser.newContext({
    viewport: { width: 1200, height: 700 }, screen: { width: 1280, height: 720 },
  });
  const { page, watch } = await openPlanner(session, { context });
  await page.setViewportSize({ width: 1280, height: 720 });
  await frames(page, 5);
  await page.keyboard.press('F5');
  await frames(page, 5);
  await page.keyboard.press('Escape');
  await frames(page, 5);
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.setViewportSize({ width: 1280, height: 720 });
  await frames(page, 5);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

// The build's precompressed copies are the files they stand beside, and the server sends the one
// the browser accepts with its Content-Encoding (README, Publishing).
test('app.wasm is served as its Brotli or gzip copy, byte for byte the same file', async () => {
  const raw = fs.readFileSync(path.join(distDir, 'app.wasm'));
  const get = (encoding) => new Promise((resolve, reject) => {
    http.get(new URL('app.wasm', session.url), { headers: { 'Accept-Encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
  const br = await get('gzip, deflate, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.ok(br.body.length < raw.length * 0.4, `Brotli copy ${br.body.length} of ${raw.length} bytes`);
  assert.ok(zlib.brotliDecompressSync(br.body).equals(raw));
  const gz = await get('gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(zlib.gunzipSync(gz.body).equals(raw));
  const plain = await get('identity');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.ok(plain.body.equals(raw));
});

// The embedded font holds Latin-1 and the UI's symbols; Latin Extended, Greek and Cyrillic come
// from fonts/*-extra.otf, fetched after the first frame (web/web.cmake) like the semi-bold face. A
// title in those scripts is drawn in its letters once they arrive, and as "?" when they cannot be
// had.
test('letters beyond Latin-1 arrive after the first frame and are drawn as letters, not "?"', async () => {
  const example = JSON.parse(fs.readFileSync(path.join(distDir, 'templates', 'talentsync.json'), 'utf8'));
  const letters = 'Zażółć gęślą · Ωμέγα · Жизнь';
  const marks = letters.replace(/[^\x00-\xff]/g, '?');
  const shotOf = async (page, title) => {
    await dropFile(page, 'plan.okr.json', JSON.stringify({ ...example, plan: { ...example.plan, title } }));
    await waitForState(page, (s) => s.plan.plan.title === title, 'the dropped plan');
    await frames(page, 3);
    const r = await itemRect(page, '/plan/title');
    return page.screenshot({ clip: { x: r.x, y: r.y, width: r.w, height: r.h } });
  };
  const fontsFetched = (page) => page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /fonts\/Inter-.*\.otf$/.test(e.name) && e.responseEnd > 0)
    .map((e) => e.startTime));

  const { page, context, watch } = await openPlanner(session);
  await page.waitForFunction(() => performance.getEntriesByType('resource')
    .filter((e) => /\.otf$/.test(e.name) && e.responseEnd > 0).length === 3);
  const firstFrameMs = await page.evaluate(() => window.okrShell.firstFrameMs);
  for (const start of await fontsFetched(page)) {
    assert.ok(start >= firstFrameMs, `font asked for at ${start} ms, first frame at ${firstFrameMs} ms`);
  }
  await frames(page, 3);
  assert.notDeepEqual(await shotOf(page, letters), await shotOf(page, marks),
    'Polish, Greek and Cyrillic letters are drawn, not question marks');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();

  const offline = await session.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await offline.route('**/fonts/**', (route) => route.abort());
  const cut = await openPlanner(session, { context: offline });
  await frames(cut.page, 10);
  assert.deepEqual(await shotOf(cut.page, letters), await shotOf(cut.page, marks),
    'without the second part those letters fall back to "?" (and the planner still works)');
  await offline.close();
});
