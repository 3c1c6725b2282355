// Exports from the File menu: the CSV tracking sheet reads back row by row (one per key result,
// quoting intact) and the Markdown one-pager names every objective.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPlanner, appState, exportVia, clickItem } from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

// RFC 4180: fields separated by commas, quoted fields may hold commas, quotes ("") and newlines.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; i++;
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('the tracking sheet and the one-pager download from the File menu and read back', async () => {
  const { page, context } = await openPlanner(session);
  const state = await appState(page);
  const krs = state.plan.objectives.flatMap((o) => o.keyResults.map((k) => [o, k]));

  const csv = await exportVia(page, 'menu/export/csv');
  // The byte-order mark tells Excel the sheet is UTF-8; the download keeps the app's bytes.
  assert.ok(csv.startsWith('\uFEFF'), 'the CSV starts with a byte-order mark');
  const rows = parseCsv(csv.slice(1));
  assert.deepEqual(rows[0], ['Objective', 'Key Result', 'Owner', 'Baseline', 'Target', 'Current',
    'Confidence this week', 'Confidence last week', 'Blockers', 'Unit', 'Due', 'Driver',
    'Objective ID', 'Key Result ID', 'Status']);
  assert.equal(rows.length, krs.length + 1);
  for (const [i, [o, k]] of krs.entries()) {
    assert.equal(rows[i + 1][0], o.title);
    assert.equal(rows[i + 1][1], k.title);
    assert.equal(rows[i + 1].length, 15);
    assert.equal(rows[i + 1][9], k.unit ?? '');
    assert.equal(rows[i + 1][13], k.id);
  }

  const md = await exportVia(page, 'menu/export/md');
  for (const o of state.plan.objectives) assert.ok(md.includes(o.title.slice(0, 30)), o.title);
  assert.match(md, new RegExp(state.plan.plan.title.slice(0, 20)));
  assert.ok(!md.includes('## Open findings'), 'the handout leaves the findings out by default');
  const withFindings = await exportVia(page, 'menu/export/mdFindings');
  assert.ok(withFindings.includes('## Open findings'), 'asked for, the findings are there');
  assert.ok(!/KR-[A-Z]/.test(withFindings), 'in words, without rule IDs');
  assert.ok(!md.includes('## Initiatives'), 'tactics are not part of the OKR document (S0)');
  const withInitiatives = await exportVia(page, 'menu/export/mdInitiatives');
  assert.ok(withInitiatives.includes('## Initiatives'), 'asked for, the initiatives are there');
  await context.close();
});

test('File → Print hands the one-pager to the print dialog: every key result, the tree as vector art, no checks', async () => {
  const { page, context, watch } = await openPlanner(session, { width: 1280, height: 720 });
  const state = await appState(page);
  await clickItem(page, 'menu/file');
  await clickItem(page, 'menu/file/print');
  await page.waitForFunction(() => {
    const f = document.getElementById('okr-print');
    return f && f.contentDocument && f.contentDocument.readyState === 'complete' &&
      f.contentDocument.querySelector('h1');
  });
  const printed = await page.evaluate(() => {
    const d = document.getElementById('okr-print').contentDocument;
    const sheet = [...d.styleSheets].find((s) => s.href && s.href.endsWith('print.css'));
    return { text: d.body.innerText, svg: !!d.querySelector('figure.tree svg'), styled: !!(sheet && sheet.cssRules.length) };
  });
  for (const o of state.plan.objectives) {
    for (const k of o.keyResults) assert.ok(printed.text.includes(k.title), k.title);
  }
  assert.ok(printed.svg, 'the driver tree is vector art');
  assert.ok(printed.styled, 'the page is styled by print.css from the same origin');
  assert.ok(!/KR-[A-Z]|warning/i.test(printed.text), 'a handout: no checks');
  assert.ok(printed.text.includes('Data source'), "each key result's data source (S0)");
  const initiative = state.plan.initiatives[0].title;
  assert.ok(!printed.text.includes(initiative), 'tactics are not part of the OKR document (S0)');
  await clickItem(page, 'menu/file');
  await clickItem(page, 'menu/file/printInitiatives');
  await page.waitForFunction((title) => {
    const f = document.getElementById('okr-print');
    return f && f.contentDocument && f.contentDocument.body &&
      f.contentDocument.body.innerText.includes(title);
  }, initiative);
  assert.deepEqual(watch.consoleErrors, []);
  assert.deepEqual(watch.foreignRequests, []);
  await context.close();
});
