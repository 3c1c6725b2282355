// One small adapter per browser engine, so the cross-engine tests (suite.mjs) run one body on all
// three: Chromium through playwright-core, Firefox ESR through puppeteer-core over WebDriver BiDi,
// WebKitGTK (Safari's engine) through selenium-webdriver and WebKitWebDriver. Firefox and WebKit
// need a display: tests/run starts them under xvfb-run.
//
// A browser serves a copy of dist/ whose index.html loads page-watch.js before okr.js (console
// errors, downloads and the file picker, recorded alike in every engine) and which has an empty
// `blank.html`, where each page starts so the origin's storage can be cleared before the planner
// loads (the planner restores the last draft it finds).
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../.ci/server.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const distDir = path.resolve(here, '../../dist');

// A copy of dist/ with the test-only watcher; removed when the session closes.
function watchedSite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-engines-'));
  fs.cpSync(distDir, dir, { recursive: true });
  fs.copyFileSync(path.join(here, 'page-watch.js'), path.join(dir, 'page-watch.js'));
  const index = path.join(dir, 'index.html');
  const html = fs.readFileSync(index, 'utf8');
  const withWatch = html.replace('<script src="okr.js"></script>',
    '<script src="page-watch.js"></script>\n  <script src="okr.js"></script>');
  if (withWatch === html) throw new Error('dist/index.html no longer loads okr.js as expected');
  fs.writeFileSync(index, withWatch);
  // The build's precompressed copies are of the page before the edit.
  for (const ext of ['.br', '.gz']) fs.rmSync(index + ext, { force: true });
  fs.writeFileSync(path.join(dir, 'blank.html'), '<!doctype html><title>blank</title><link rel="icon" href="data:,">');
  return dir;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const combo = (keys) => {
  const parts = keys.split('+');
  return { modifiers: parts.slice(0, -1), key: parts[parts.length - 1] };
};

// What playwright's and puppeteer's pages do alike: page errors as they happen, the "leave with
// unsaved work?" prompt accepted when a test moves on, navigation, scripts, pointer and typing.
function commonPage(page) {
  const nativeErrors = [];
  page.on('pageerror', (e) => nativeErrors.push(String(e)));
  page.on('dialog', (dialog) => dialog.accept());
  return {
    nativeErrors,
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    move: (x, y) => page.mouse.move(x, y),
    down: () => page.mouse.down(),
    up: () => page.mouse.up(),
    type: (text) => page.keyboard.type(text),
  };
}

// ---- Chromium: playwright-core, headless -------------------------------------------------------

async function chromiumDriver({ width, height }) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return {
    ...commonPage(page),
    async setViewport(w, h, ratio) {
      await cdp.send('Emulation.setDeviceMetricsOverride',
        { width: w, height: h, deviceScaleFactor: ratio, mobile: false });
    },
    wheel: (dy) => page.mouse.wheel(0, dy),
    press: (keys) => page.keyboard.press(keys),
    // Through CDP: playwright's own screenshot would put back the context's pixel ratio.
    screenshot: async () => Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'png' })).data, 'base64'),
    close: () => browser.close(),
  };
}

// ---- Firefox: puppeteer-core over WebDriver BiDi, under Xvfb ---------------------------------

async function firefoxDriver({ width, height }) {
  const puppeteer = require('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: false,  // headless Firefox cannot create a WebGL2 context; Xvfb is the display
    defaultViewport: null,
    args: ['--width=1920', '--height=1200'],
  });
  const page = (await browser.pages())[0] || await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  return {
    ...commonPage(page),
    setViewport: (w, h, ratio) => page.setViewport({ width: w, height: h, deviceScaleFactor: ratio }),
    wheel: (dy) => page.mouse.wheel({ deltaY: dy }),
    async press(keys) {
      const { modifiers, key } = combo(keys);
      for (const m of modifiers) await page.keyboard.down(m);
      await page.keyboard.press(key);
      for (const m of modifiers.reverse()) await page.keyboard.up(m);
    },
    screenshot: async () => Buffer.from(await page.screenshot()),
    close: () => browser.close(),
  };
}

// ---- WebKit: selenium-webdriver → WebKitWebDriver → MiniBrowser, under Xvfb --------------------

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

async function waitForPort(port, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const c = net.connect(port, '127.0.0.1', () => { c.end(); resolve(true); });
      c.once('error', () => resolve(false));
    });
    if (open) return;
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port}`);
}

const miniBrowser = () => {
  const candidates = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error('no MiniBrowser (Debian package libwebkit2gtk-4.1-0)');
  return found;
};

async function webkitDriver({ width, height, ratio = 1 }) {
  const { Builder, Capabilities, Key, Origin } = require('selenium-webdriver');
  const port = await freePort();
  // WebKitGTK has no way to change the pixel ratio of a running window from WebDriver: a window
  // at ratio 2 is a browser started with GDK_SCALE=2.
  const service = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`],
    { stdio: 'ignore', env: { ...process.env, GDK_SCALE: String(ratio) } });
  await waitForPort(port, 10000);
  const caps = new Capabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
    unhandledPromptBehavior: 'accept',
  });
  const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities(caps).build();
  const keyOf = (k) => ({
    Control: Key.CONTROL, Shift: Key.SHIFT, Alt: Key.ALT, Escape: Key.ESCAPE, Enter: Key.ENTER,
    Tab: Key.TAB, F5: Key.F5, Backspace: Key.BACK_SPACE, ArrowRight: Key.ARROW_RIGHT,
    ArrowLeft: Key.ARROW_LEFT,
  }[k] || k);
  const actions = () => driver.actions({ async: true });
  let pointer = { x: 0, y: 0 };
  const evaluate = (fn, arg) => driver.executeScript(`return (${fn})(arguments[0]);`, arg);
  const driverApi = {
    nativeErrors: [],
    goto: (url) => driver.get(url),
    evaluate,
    // setRect sizes the outer window: resize until the viewport is the size asked for.
    async setViewport(w, h, r) {
      if (r !== ratio) throw new Error(`WebKit runs at the ratio it started with (${ratio})`);
      for (let i = 0; i < 4; i++) {
        const inner = await evaluate(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
        if (inner[0] === w && inner[1] === h) return;
        await driver.manage().window().setRect({ width: w + inner[2] - inner[0], height: h + inner[3] - inner[1] });
        await sleep(200);
      }
    },
    async move(x, y) {
      pointer = { x: Math.round(x), y: Math.round(y) };
      await actions().move({ x: pointer.x, y: pointer.y, origin: Origin.VIEWPORT }).perform();
    },
    down: () => actions().press().perform(),
    up: () => actions().release().perform(),
    // GLFW takes the wheel's position from the last mouse move (move() comes first).
    wheel: (dy) => actions().scroll(pointer.x, pointer.y, 0, dy, Origin.VIEWPORT).perform(),
    async press(keys) {
      const { modifiers, key } = combo(keys);
      let a = actions();
      for (const m of modifiers) a = a.keyDown(keyOf(m));
      a = a.sendKeys(keyOf(key));
      for (const m of modifiers.reverse()) a = a.keyUp(keyOf(m));
      await a.perform();
    },
    type: (text) => actions().sendKeys(text).perform(),
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
    async close() {
      await driver.quit().catch(() => {});
      service.kill();
    },
  };
  await driverApi.setViewport(width, height, ratio);
  return driverApi;
}

const drivers = { chromium: chromiumDriver, firefox: firefoxDriver, webkit: webkitDriver };

// Starts `engine` on a watched copy of dist/, returns a `Browser`: the adapter plus helpers that
// read the planner through its test window (window.okrShell, web/test_hook.h).
export async function launch(engine, { width = 1280, height = 720, ratio = 1 } = {}) {
  const site = watchedSite();
  const server = await serve(site, 0, '127.0.0.1');
  const started = Date.now();
  const d = await drivers[engine]({ width, height, ratio });
  const b = {
    engine,
    url: server.url,
    launchMs: Date.now() - started,
    ...d,
    // Opens the planner on clean storage (`hash`: a share link's fragment) and waits for its
    // first frame.
    async open(hash = '') {
      d.nativeErrors.length = 0;
      await d.goto(server.url + 'blank.html');
      await d.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
      await d.goto(server.url + hash);
      await b.until(() => !!(window.okrShell && window.okrShell.firstFrameMs !== null), 'the first frame', 60000);
      // The UI font's second part, fetched after the first frame, delivered and merged in.
      await b.until(() => window.okrShell.fontsPending === 0 && window.okrShell.readerPending === 0,
        'the fonts and the learned reader after the first frame', 60000);
      return d.evaluate(() => window.okrShell.firstFrameMs);
    },
    // Polls a page-side predicate (a function of `arg`) until it holds; WebKit draws fewer frames
    // than the others, so nothing here waits a fixed number of frames.
    async until(fn, what, timeoutMs = 15000, arg = null) {
      const end = Date.now() + timeoutMs;
      let last;
      while (Date.now() < end) {
        try {
          last = await d.evaluate(fn, arg);
          if (last) return last;
        } catch (e) {
          last = e;
        }
        await sleep(50);
      }
      throw new Error(`${engine}: timed out waiting for ${what} (${last})`);
    },
    state: () => d.evaluate(() => window.okrShell.state()),
    async waitForState(predicate, what, timeoutMs = 15000) {
      const end = Date.now() + timeoutMs;
      let s;
      while (Date.now() < end) {
        s = await b.state();
        if (predicate(s)) return s;
        await sleep(50);
      }
      throw new Error(`${engine}: timed out waiting for ${what}`);
    },
    rect: (label) => d.evaluate((l) => window.okrShell.itemRect(l), label),
    frames: () => d.evaluate(() => window.okrShell.frameStats().frames),
    // The app draws about one frame a second when idle; WebKit under a loaded CI machine has been
    // seen to draw none for 30 s now and then. Then each way of asking for a frame is tried in
    // turn (a resize event, a screenshot, a real pointer move), with what the page said logged.
    async framesPass(n = 3) {
      const start = await b.frames();
      const passed = (s) => window.okrShell.frameStats().frames >= s;
      const nudges = [
        ['a resize event', () => d.evaluate(() => window.dispatchEvent(new Event('resize')))],
        ['a screenshot', () => d.screenshot()],
        ['a pointer move', () => d.move(1, 1)],
      ];
      for (let i = 0; ; i++) {
        try {
          await b.until(passed, `${n} frames`, i === 0 ? 15000 : 5000, start + n);
          if (i > 0) console.log(`# ${engine}: frames came again after ${nudges[i - 1][0]}`);
          return;
        } catch (e) {
          const page = await d.evaluate(() => JSON.stringify({ visibility: document.visibilityState,
            focus: document.hasFocus(), frames: window.okrShell.frameStats().frames }));
          console.log(`# ${engine}: no frame since ${start} for ${n} frames: ${page}`);
          if (i === nudges.length) throw e;
          await nudges[i][1]();
        }
      }
    },
    // Where an item is once it stays put for two frames (a new popup sizes itself, then moves).
    async settledRect(label) {
      let r = await b.rect(label);
      for (let i = 0; i < 20; i++) {
        await b.framesPass(2);
        const again = await b.rect(label);
        if (r && again && JSON.stringify(r) === JSON.stringify(again)) return r;
        r = again;
      }
      throw new Error(`${engine}: UI item '${label}' is not drawn, or never stays put`);
    },
    async click(label) {
      const r = await b.settledRect(label);
      await b.clickAt(r.x + r.w / 2, r.y + r.h / 2);
    },
    async clickAt(x, y) {
      await d.move(x, y);
      await b.framesPass(1);
      await d.down();
      await b.framesPass(1);
      await d.up();
      await b.framesPass(2);
    },
    async drag(from, to) {
      await d.move(from.x, from.y);
      await b.framesPass(1);
      await d.down();
      await b.framesPass(1);
      for (let i = 1; i <= 4; i++) {
        await d.move(from.x + (to.x - from.x) * i / 4, from.y + (to.y - from.y) * i / 4);
        await b.framesPass(1);
      }
      await d.up();
      await b.framesPass(2);
    },
    watch: () => d.evaluate(() => ({
      errors: window.okrWatch.errors.slice(),
      downloads: window.okrWatch.downloads.map((x) => ({ ...x })),
      pickersOpened: window.okrWatch.pickersOpened,
      foreign: window.okrWatch.foreign(),
    })),
    async close() {
      await d.close();
      await server.close();
      fs.rmSync(site, { recursive: true, force: true });
    },
  };
  return b;
}

export const engines = Object.keys(drivers);
