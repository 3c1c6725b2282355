// Offline and static hosting: dist/ served from a sub-path works; after the first visit the page
// reloads with the network off (the service worker's cache); a new deployment replaces the cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startSession, openPlanner, appState, waitForFirstFrame, distDir, frames, clickItem, itemRect,
  waitForState,
} from './harness.mjs';

// Waits until the service worker controls the page; returns its cache names.
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller,
    null, { timeout: 30000 });
  return page.evaluate(() => caches.keys());
}

test('dist/ under a sub-path works, and keeps working offline after the first visit', async () => {
  const prefix = '/some/sub/path/';
  const session = await startSession({ prefix });
  try {
    assert.ok(session.url.endsWith(prefix));
    const { page, context, watch } = await openPlanner(session);
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    const state = await appState(page);
    assert.ok(state.plan.objectives.length > 0, 'the planner runs from the sub-path');
    const keys = await controlled(page);
    assert.equal(keys.length, 1);
    assert.equal(keys[0], keys[0].slice(0, 20) + ' ' + session.url);
    assert.match(keys[0], /^okr-[0-9a-f]{16} /);
    const scope = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
    assert.equal(scope, session.url + 'sw.js');
    const cached = await page.evaluate((k) => caches.open(k).then((c) => c.keys())
      .then((rs) => rs.map((r) => new URL(r.url).pathname)), keys[0]);
    for (const f of ['index.html', 'okr.js', 'app.js', 'app.wasm', 'app.deferred.wasm', 'style.css',
      'icon.svg', 'templates/s3-plg.json', 'templates/s4-a1.json']) {
      assert.ok(cached.includes(prefix + f), `${f} cached under the sub-path`);
    }

    // The network goes away: the browser offline and the server stopped.
    await context.setOffline(true);
    await session.stopServer();
    await page.reload();
    await waitForFirstFrame(page);
    await frames(page, 3);
    const offline = await appState(page);
    assert.deepEqual(offline.plan.objectives.map((o) => o.id), state.plan.objectives.map((o) => o.id));
    assert.deepEqual(failed, []);
    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    // The examples are not part of the first load: one is fetched from templates/ when asked
    // for, from the worker's cache when offline.
    await clickItem(page, 'menu/file');
    const templates = await itemRect(page, 'menu/file/templates');
    await page.mouse.move(templates.x + templates.w / 2, templates.y + templates.h / 2);
    await frames(page, 4);
    await clickItem(page, 'menu/template/s3-plg');
    const plg = JSON.parse(fs.readFileSync(path.join(distDir, 'templates/s3-plg.json'), 'utf8'));
    await waitForState(page, (s) => s.plan.plan.title === plg.plan.title, 'the PLG example open');
    assert.deepEqual(watch.consoleErrors, []);
    const probe = await page.evaluate(() => fetch('not-cached.txt').then(() => 'reached', () => 'offline'));
    assert.equal(probe, 'offline', 'the page really is offline');
    await context.close();
  } finally {
    await session.close();
  }
});

test('a new deployment installs a new service worker and deletes the old cache', async () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-site-'));
  fs.cpSync(distDir, site, { recursive: true });
  const session = await startSession({ dir: site });
  try {
    const { page, context } = await openPlanner(session);
    const [old] = await controlled(page);
    // A new version: a changed file, so a new hash in sw.js (what the build writes).
    const sw = fs.readFileSync(path.join(site, 'sw.js'), 'utf8');
    const version = old.slice('okr-'.length, 'okr-'.length + 16);
    assert.ok(sw.includes(`'${version}'`), 'sw.js carries the cache version');
    fs.writeFileSync(path.join(site, 'sw.js'), sw.replace(version, '0123456789abcdef'));
    await page.reload();
    await waitForFirstFrame(page);
    await page.waitForFunction((scope) => caches.keys()
      .then((k) => k.length === 1 && k[0] === 'okr-0123456789abcdef ' + scope),
    session.url, { timeout: 30000, polling: 200 });
    await context.close();
  } finally {
    await session.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('two deployments on one origin keep their own caches, and a file in scope is that file', async () => {
  const session = await startSession({ prefix: '/a/', also: ['/b/'] });
  const b = session.url.replace(/\/a\/$/, '/b/');
  try {
    const { page, context, watch } = await openPlanner(session);
    await controlled(page);
    const other = await context.newPage();
    await other.goto(b);
    await waitForFirstFrame(other);
    const keys = await controlled(other);
    assert.equal(keys.length, 2, `one cache per deployment: ${keys.join(', ')}`);
    // A navigation to a file in scope is the file, not the app's page.
    await other.goto(b + 'icon.svg');
    assert.match(await other.content(), /<svg/);
    await other.close();
    // /a/ still opens offline after /b/ was visited.
    await context.setOffline(true);
    await session.stopServer();
    await page.reload();
    await waitForFirstFrame(page);
    assert.ok((await appState(page)).plan.objectives.length > 0);
    assert.deepEqual(watch.consoleErrors, []);
    await context.close();
  } finally {
    await session.close();
  }
});
