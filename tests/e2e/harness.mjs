// Shared set-up for the browser end-to-end tests: serves dist/ on loopback, drives Debian's
// Chromium headless through playwright-core, records console errors and every request that leaves
// the page's origin, and reads the app through window.okrShell (the test window, web/test_hook.h).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve } from '../../.ci/server.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const here = path.dirname(fileURLToPath(import.meta.url));
export const distDir = path.resolve(here, '../../dist');

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic'];

// `prefix` serves dist/ under a sub-path ('/some/sub/path/'), `dir` another copy of the site.
// Offline only: every context the session opens (openPlanner's, or a test's own through
// session.browser.newContext) lets requests to the served origin through and blocks any other;
// close() fails the test file when a page tried to reach anything outside the origin, or when any
// page threw an error nobody caught (an uncaught exception or an unhandled rejection).
export async function startSession({ prefix = '/', also = [], dir = distDir } = {}) {
  const server = await serve(dir, 0, '127.0.0.1', { prefix, also });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const origin = new URL(server.url).origin;
  const foreign = [];
  const uncaught = [];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const ctx = await newContext(options);
    ctx.on('page', (page) => page.on('pageerror', (e) => uncaught.push(`${page.url()}: ${e}`)));
    await ctx.route((url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin, (route) => {
      foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    return ctx;
  };
  return {
    url: server.url,
    browser,
    foreignRequests: foreign,
    // Takes the site off the network (the browser stays): what "offline" means for a page.
    stopServer: () => server.close(),
    async close() {
      await browser.close();
      await server.close();
      if (foreign.length) {
        throw new Error(`requests outside ${origin} (offline only): ${foreign.join(', ')}`);
      }
      if (uncaught.length) throw new Error(`uncaught errors in the page: ${uncaught.join('\n')}`);
    },
  };
}

// Opens the planner in a new context and waits for its first frame. `watch` collects what a test
// asserts on: console errors and requests outside the origin. `hash` is appended to the URL (a
// share link's fragment). `today` ('2026-12-04') fixes the page's calendar day (timers still
// run): the first example is moved to today's quarter, so a test of its weeks names its day.
export async function openPlanner(session,
  { dpr = 1, width = 1280, height = 720, context, hash = '', today } = {}) {
  const ctx = context || await session.browser.newContext({
    viewport: { width, height }, deviceScaleFactor: dpr,
  });
  if (today) await ctx.clock.setFixedTime(new Date(`${today}T10:00:00`));
  const page = await ctx.newPage();
  const watch = { consoleErrors: [], foreignRequests: [] };
  const origin = new URL(session.url).origin;
  page.on('console', (m) => { if (m.type() === 'error') watch.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => watch.consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:')) {
      watch.foreignRequests.push(u);
    }
  });
  await page.goto(session.url + hash);
  await waitForFirstFrame(page);
  return { page, context: ctx, watch };
}

// The first frame, then the UI font's second part delivered (or refused) and merged into the
// atlas (web/theme.cpp) and the learned reader delivered (and the plan checked with it), so that
// layout, input and findings are settled when a test starts.
export async function waitForFirstFrame(page) {
  await page.waitForFunction(() => window.okrShell && window.okrShell.firstFrameMs !== null,
    null, { timeout: 30000 });
  await page.waitForFunction(
    () => window.okrShell.fontsPending === 0 && window.okrShell.readerPending === 0, null,
    { timeout: 30000 });
  await frames(page, 2);
}

export const appState = (page) => page.evaluate(() => window.okrShell.state());
export const itemRect = (page, label) => page.evaluate((l) => window.okrShell.itemRect(l), label);
export const frameStats = (page) => page.evaluate(() => window.okrShell.frameStats());

// Waits until the app has drawn `n` more frames (so input has been processed and drawn).
export async function frames(page, n = 3) {
  const start = (await frameStats(page)).frames;
  await page.waitForFunction((s) => window.okrShell.frameStats().frames >= s,
    start + n, { timeout: 10000 });
}

// Clicks the middle of a UI item found by its test label; fails clearly when it is not on screen.
export async function clickItem(page, label, { double = false } = {}) {
  const rect = await itemRect(page, label);
  if (!rect) throw new Error(`UI item '${label}' is not drawn`);
  const x = rect.x + rect.w / 2;
  const y = rect.y + rect.h / 2;
  if (double) await page.mouse.dblclick(x, y);
  else await page.mouse.click(x, y);
  await frames(page, 2);
}

// Clicks a UI item once it is drawn in the same place two frames running: an item in a popup or
// a dialog that has just opened (a popup's first frame only measures it; a busy machine may take
// a few frames to show it).
export async function clickSettled(page, label) {
  let last = null;
  for (let i = 0; i < 50; i++) {
    const rect = await itemRect(page, label);
    if (rect && last && rect.x === last.x && rect.y === last.y) break;
    last = rect;
    await frames(page, 1);
  }
  await clickItem(page, label);
}

// Opens a combo by its label and clicks one of its choices (labelled combo + "/" + choice) once
// the popup has settled where it is drawn.
export async function choose(page, combo, choice) {
  await clickItem(page, combo);
  await clickSettled(page, `${combo}/${choice}`);
}

// Waits until the app's state satisfies `predicate` (a function of the state, run in Node).
export async function waitForState(page, predicate, what, timeoutMs = 10000) {
  const until = Date.now() + timeoutMs;
  let state;
  while (Date.now() < until) {
    state = await appState(page);
    if (predicate(state)) return state;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}; state.document=${JSON.stringify(state && state.document)}`);
}

// Drops a file on the page, as a user dragging it from their desktop would.
// `content` is text, or a Buffer / Uint8Array for exact bytes.
export async function dropFile(page, name, content) {
  const bytes = typeof content === 'string' ? null : Array.from(content);
  await page.evaluate(([n, t, b]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([b ? new Uint8Array(b) : t], n, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, bytes ? '' : content, bytes]);
}

// Decodes an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium's screenshots are) to pixels.
export function decodePng(buf) {
  let pos = 8;
  let width = 0, height = 0, colorType = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data[9];
      if (data[8] !== 8 || data[12] !== 0 || (colorType !== 2 && colorType !== 6)) {
        throw new Error('unsupported PNG layout');
      }
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    pos += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : 3;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[y * stride + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = v & 255;
    }
  }
  return { width, height, bpp, pixels: out };
}

// How many distinct colours a screenshot holds: a blank canvas has one or two.
export function distinctColours(png) {
  const { pixels, bpp } = decodePng(png);
  const seen = new Set();
  for (let i = 0; i < pixels.length; i += bpp) {
    seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    if (seen.size > 5000) break;
  }
  return seen.size;
}

// Downloads an export from File → Export (`label` is the entry's test label) and returns its text.
export async function exportVia(page, label) {
  await clickItem(page, 'menu/file');
  const entry = await itemRect(page, 'menu/file/export');
  await page.mouse.move(entry.x + entry.w / 2, entry.y + entry.h / 2);
  await frames(page, 4);
  const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, label)]);
  return fs.readFileSync(await download.path(), 'utf8');
}
