// The driver tree's tools by mouse and keyboard: the node inspector (edit a KPI field, the key
// results on a metric, "Add KR for this driver", go to a KR and back with its path to the North
// Star highlighted), what-if mode (a hypothetical value moves the North Star, nothing is saved,
// drivers ranked by leverage), copy / paste of metrics as one undo step, and the SVG and PNG
// exports read back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  startSession, openPlanner, appState, clickItem, frames, waitForState, itemRect, dropFile,
  decodePng, distinctColours,
} from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

const centre = (r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
const shots = process.env.OKR_SHOT_DIR;

// The example plan with a small formula tree: teams = trials × activation rate, and an
// influence driver whose name needs escaping in SVG.
async function openFormulaPlan(page, { nsm = 700 } = {}) {
  const plan = structuredClone((await appState(page)).plan);
  plan.plan.title = 'Formula tree';
  const node = (id, kind, name, unit, value, x, y) => ({
    id, kind, name, unit, value, x, y, owner: 'Mia Chen', source: 'Warehouse', cadence: 'weekly',
  });
  plan.tree = {
    nodes: [
      node('n1', 'nsm', 'Weekly activated teams', 'teams', nsm, 300, 0),
      node('n2', 'driver', 'Weekly trials', 'trials', 2000, 0, 250),
      node('n3', 'driver', 'Trial activation rate', '%', 35, 300, 250),
      node('n4', 'driver', 'Word of mouth <buzz> & "co"', 'points', 40, 600, 250),
    ],
    links: [
      { id: 'l1', from: 'n2', to: 'n1', relation: 'multiply' },
      { id: 'l2', from: 'n3', to: 'n1', relation: 'multiply' },
      { id: 'l3', from: 'n4', to: 'n1', relation: 'influence' },
    ],
  };
  for (const o of plan.objectives) for (const kr of o.keyResults) delete kr.driver;
  plan.objectives[0].keyResults[0].driver = 'n2';
  await dropFile(page, 'formula.okr.json', JSON.stringify(plan));
  await waitForState(page, (s) => s.plan.plan.title === 'Formula tree', 'the formula plan');
  await clickItem(page, 'tab/tree');
  await clickItem(page, 'tree/fit');
  await frames(page, 3);
}

async function selectNode(page, id, { shift = false } = {}) {
  const at = centre(await itemRect(page, `node/${id}`));
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(at.x, at.y + 10);
  if (shift) await page.keyboard.up('Shift');
  await frames(page, 3);
}

test('inspector: edit a KPI field, list and add key results, go to one and see its path', async () => {
  const { page, context, watch } = await openPlanner(session, { width: 1600, height: 900 });
  await openFormulaPlan(page);
  await selectNode(page, 'n2');
  let state = await waitForState(page, (s) => s.ui.selectedNodes.join() === 'n2', 'n2 selected');

  await clickItem(page, '/tree/nodes/1/owner');
  await waitForState(page, (s) => s.analysis.activeField === '/tree/nodes/1/owner', 'owner field active');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Rita Gomez');
  await page.keyboard.press('Tab');
  state = await waitForState(page, (s) => s.plan.tree.nodes[1].owner === 'Rita Gomez', 'owner edited');

  const firstKr = state.plan.objectives[0].keyResults[0].id;
  assert.ok(await itemRect(page, `inspector/kr/${firstKr}`), 'the linked KR is listed');
  const krCount = state.plan.objectives[0].keyResults.length;
  await clickItem(page, 'inspector/addKr');
  state = await waitForState(page, (s) => s.plan.objectives[0].keyResults.length === krCount + 1,
    'a KR for the driver');
  const added = state.plan.objectives[0].keyResults[krCount];
  assert.equal(added.driver, 'n2');
  assert.equal(added.metric, 'Weekly trials');
  assert.equal(added.unit, 'trials');
  assert.equal(added.baseline, 2000);
  assert.equal(added.owner, 'Rita Gomez');
  assert.equal(state.document.undoLabel, 'Add KR for driver');

  await frames(page, 2);
  await clickItem(page, `inspector/kr/${added.id}`);
  state = await waitForState(page, (s) => !s.ui.showTree && s.ui.openKeyResult === added.id,
    'the KR opened in the objectives view');
  await clickItem(page, 'tab/tree');
  state = await waitForState(page, (s) => s.ui.treeHighlighted.join() === 'n1,n2',
    'its driver and the North Star highlighted');
  if (shots) await page.screenshot({ path: `${shots}/tree-inspector.png` });
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('what-if: a stated North Star its drivers do not give is said in words', async () => {
  const { page, context } = await openPlanner(session, { width: 1600, height: 900 });
  await openFormulaPlan(page, { nsm: 320 });
  await clickItem(page, 'tree/whatIf');
  await selectNode(page, 'n2');
  await frames(page, 3);
  assert.ok(await itemRect(page, 'inspector/whatIf/mismatch'),
    '320 stated against 700 from 2000 trials × 35% is explained');
  await context.close();
});

test('what-if: a hypothetical driver value moves the North Star, nothing is saved', async () => {
  const { page, context } = await openPlanner(session, { width: 1600, height: 900 });
  await openFormulaPlan(page);
  const before = (await appState(page)).plan;
  await clickItem(page, 'tree/whatIf');
  await selectNode(page, 'n2');
  assert.equal(await itemRect(page, 'inspector/whatIf/mismatch'), null,
    'a North Star its drivers give needs no explanation');
  await clickItem(page, 'inspector/whatIf');
  await waitForState(page, (s) => s.analysis.activeField === 'inspector/whatIf', 'what-if field active');
  await page.keyboard.type('2400');
  await page.keyboard.press('Tab');
  // 2400 trials × 35% = 840 teams (from 700).
  const state = await waitForState(page,
    (s) => s.ui.whatIfChanged && s.ui.whatIfChanged.n2 && s.ui.whatIfChanged.n2.after === 2400,
    'the typed what-if value');
  assert.equal(state.ui.whatIfChanged.n1.before, 700);
  assert.ok(Math.abs(state.ui.whatIfChanged.n1.after - 840) < 1e-9);
  assert.equal(state.ui.whatIfChanged.n2.after, 2400);
  assert.equal(state.ui.whatIfChanged.n4, undefined, 'influence carries nothing');
  assert.deepEqual(state.plan, before, 'the plan is untouched');
  assert.equal(state.document.revision, (await appState(page)).document.revision);
  // Both formula drivers move the NSM by 10%; the influence driver is not ranked.
  assert.deepEqual(state.ui.leverRanking.map((r) => r.id).sort(), ['n2', 'n3']);
  for (const r of state.ui.leverRanking) assert.ok(Math.abs(r.relative - 0.1) < 1e-9);
  assert.ok(await itemRect(page, 'inspector/rank/0'), 'the ranking is listed');
  if (shots) await page.screenshot({ path: `${shots}/tree-whatif.png` });
  await clickItem(page, 'tree/whatIf');
  await waitForState(page, (s) => !s.ui.whatIf, 'what-if off');
  await context.close();
});

test('copy and paste metrics: new IDs, their link kept, one undo step', async () => {
  const { page, context } = await openPlanner(session, { width: 1600, height: 900 });
  await openFormulaPlan(page);
  await selectNode(page, 'n1');
  await selectNode(page, 'n2', { shift: true });
  await waitForState(page, (s) => s.ui.selectedNodes.sort().join() === 'n1,n2', 'two selected');
  await page.keyboard.press('Control+c');
  await frames(page, 2);
  await page.keyboard.press('Control+v');
  let state = await waitForState(page, (s) => s.plan.tree.nodes.length === 6, 'two pasted');
  const pasted = state.plan.tree.nodes.slice(4);
  assert.deepEqual(pasted.map((n) => n.name), ['Weekly activated teams', 'Weekly trials']);
  assert.deepEqual(pasted.map((n) => n.id), ['n5', 'n6']);
  assert.equal(pasted[0].kind, 'driver', 'a second North Star comes in as a driver');
  assert.equal(pasted[1].x, state.plan.tree.nodes[1].x + 60);
  assert.ok(state.plan.tree.links.some((l) => l.from === 'n6' && l.to === 'n5' && l.relation === 'multiply'));
  assert.equal(state.plan.tree.links.length, 4);
  await waitForState(page, (s) => s.ui.selectedNodes.join() === 'n5,n6', 'the pasted selected');
  assert.equal(state.document.undoLabel, 'Paste metrics');
  // The toolbar pastes the same clipboard again.
  await clickItem(page, 'tree/paste');
  await waitForState(page, (s) => s.plan.tree.nodes.length === 8, 'pasted again');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  state = await waitForState(page, (s) => s.plan.tree.nodes.length === 4, 'undone in two steps');
  assert.equal(state.plan.tree.links.length, 3);
  await context.close();
});

test('export the tree: SVG parses as XML with every name, PNG is a picture of the canvas', async () => {
  const { page, context } = await openPlanner(session, { width: 1600, height: 900 });
  await openFormulaPlan(page);
  const names = (await appState(page)).plan.tree.nodes.map((n) => n.name);
  const exportVia = async (label) => {
    await clickItem(page, 'tree/export');
    await frames(page, 2);
    const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, label)]);
    return download;
  };
  const svgDownload = await exportVia('tree/export/svg');
  assert.equal(svgDownload.suggestedFilename(), 'Formula tree tree.svg');
  const svg = fs.readFileSync(await svgDownload.path(), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    return { root: doc.documentElement.localName,
      texts: [...doc.querySelectorAll('title, text')].map((e) => e.textContent) };
  }, svg);
  assert.ok(parsed, 'the SVG parses as XML');
  assert.equal(parsed.root, 'svg');
  for (const name of names) assert.ok(parsed.texts.includes(name), `the SVG names ${name}`);

  // The canvas as it is when the picture is taken (the export's notice then shortens it).
  const canvas = await itemRect(page, 'tree/canvas');
  const pngDownload = await exportVia('tree/export/png');
  assert.match(pngDownload.suggestedFilename(), /tree\.png$/);
  const png = fs.readFileSync(await pngDownload.path());
  const { width, height } = decodePng(png);
  assert.ok(Math.abs(width - canvas.w) <= 2 && Math.abs(height - canvas.h) <= 2,
    `PNG ${width}x${height} is the canvas ${canvas.w}x${canvas.h}`);
  assert.ok(distinctColours(png) > 20, 'the PNG shows cards and text, not a blank');
  if (shots) fs.writeFileSync(`${shots}/tree-export.png`, png);
  await context.close();
});
