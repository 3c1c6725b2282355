// The quarter's rhythm through the real UI on S4's TalentSync plan, opened (as the app opens its
// first example) in the quarter of the day the page believes it is — Friday 4 December 2026, week
// 10 of Q4 2026, the day before that week's check-ins: a week's check-in typed into its row (one
// undo step) changes what the at-risk view lists; a score override is refused without a reason
// and saved with one; "Start next quarter" makes a new draft and the old quarter downloads as a
// file with its title and check-ins.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  startSession, openPlanner, appState, clickItem, frames, waitForState, itemRect, frameStats, choose,
  clickSettled,
} from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

const kr = (state, id) => state.plan.objectives.flatMap((o) => o.keyResults).find((k) => k.id === id);

// Clicks a field and replaces its text by typing, as a user would.
async function typeInto(page, label, text) {
  await clickItem(page, label);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  // ImGui takes about a key a frame: every character in the field before it is left.
  await waitForState(page, (s) => s.ui.inputPending === 0, `typing '${text}'`);
  await frames(page, 2);
  await page.keyboard.press('Tab');
  await frames(page, 2);
}

test('a week\'s check-in typed into its row shows up in the at-risk view', async () => {
  const { page, context, watch } = await openPlanner(session, { today: '2026-12-04' });
  const opened = await appState(page);
  assert.equal(opened.plan.plan.start, '2026-10-01');
  assert.equal(opened.plan.plan.title, 'TalentSync Q4 company OKRs');
  // Weeks 1 to 9 have happened (October 3 … November 28); week 10's is due tomorrow.
  assert.equal(kr(opened, 'kr1').checkins.length, 9);
  await clickItem(page, 'tab/checkins');
  assert.ok(await itemRect(page, 'checkin/kr1/status'), 'KR1 says it has no check-in this week');

  await clickItem(page, 'tab/risk');
  assert.ok(await itemRect(page, 'risk/heading'));
  assert.equal(await itemRect(page, 'risk/kr1/confidenceDrop'), null, 'no drop before the check-in');

  await clickItem(page, 'tab/checkins');
  const before = kr(await appState(page), 'kr1').checkins.length;
  const kr2Before = await itemRect(page, 'checkin/kr2/value');
  await typeInto(page, 'checkin/kr1/value', '29');
  await typeInto(page, 'checkin/kr1/confidence', '3');
  let state = await waitForState(page, (s) => {
    const c = kr(s, 'kr1').checkins;
    return c.length === before + 1 && c.at(-1).confidence === 3;
  }, 'the week 10 check-in');
  const checkin = kr(state, 'kr1').checkins.at(-1);
  assert.equal(checkin.value, 29);
  assert.equal(checkin.date, '2026-12-04');
  assert.equal(state.document.undoLabel, 'Check in week 10');
  assert.equal(await itemRect(page, 'checkin/kr1/status'), null, 'KR1 no longer missing');
  assert.ok(await itemRect(page, 'checkin/kr1/checkedIn'), 'KR1 says it is checked in');
  assert.ok(await itemRect(page, 'checkin/kr2/status'), 'KR2 still missing');
  assert.deepEqual(await itemRect(page, 'checkin/kr2/value'), kr2Before,
    'the next row stays where it was: the next click lands where it was aimed');

  // Out of range: not recorded, said beside the field.
  await typeInto(page, 'checkin/kr1/confidence', '12');
  assert.equal(kr(await appState(page), 'kr1').checkins.at(-1).confidence, 3);
  assert.ok(await itemRect(page, 'checkin/kr1/confidenceError'));

  await clickItem(page, 'tab/risk');
  assert.ok(await itemRect(page, 'risk/kr1/confidenceDrop'), 'the drop from 7 to 3 is at risk now');

  // Undo takes the confidence (one step), then the typed value (one step for the typing), and
  // with them KR1's drop off the list.
  await clickItem(page, 'tab/checkins');
  await page.keyboard.press('Control+z');
  state = await waitForState(page, (s) => kr(s, 'kr1').checkins.at(-1).confidence === undefined,
    'undo of the confidence');
  assert.equal(kr(state, 'kr1').checkins.at(-1).value, 29);
  await page.keyboard.press('Control+z');
  state = await waitForState(page, (s) => kr(s, 'kr1').checkins.length === before, 'undo');
  await clickItem(page, 'tab/risk');
  assert.equal(await itemRect(page, 'risk/kr1/confidenceDrop'), null);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('a score override needs a reason: refused without one, saved with one', async () => {
  const { page, context } = await openPlanner(session, { today: '2026-12-04' });
  await clickItem(page, 'tab/scoring');
  await frames(page, 3);  // the table settles its column widths, and with them its row heights
  await clickItem(page, 'score/kr1/override');
  await frames(page, 3);  // the editor opens under the table and scrolls into view
  await typeInto(page, 'score/kr1/overrideScore', '0.9');
  await clickItem(page, 'score/kr1/overrideSave');
  await frames(page, 3);
  let state = await appState(page);
  assert.equal(kr(state, 'kr1').scoreOverride, undefined, 'nothing saved');
  assert.match(state.document.lastError, /reason|why/i);
  assert.ok(await itemRect(page, 'score/kr1/overrideError'), 'the refusal is shown');

  await typeInto(page, 'score/kr1/overrideReason', 'Two enterprise pilots count double');
  await clickItem(page, 'score/kr1/overrideSave');
  state = await waitForState(page, (s) => kr(s, 'kr1').scoreOverride === 0.9, 'the override');
  assert.equal(kr(state, 'kr1').scoreReason, 'Two enterprise pilots count double');
  assert.equal(await itemRect(page, 'score/kr1/overrideError'), null);
  assert.ok(await itemRect(page, 'score/kr1/computed'), 'the computed score stays beside it');
  await context.close();
});

test('start next quarter makes a new draft and the old quarter downloads with its check-ins', async () => {
  const { page, context } = await openPlanner(session, { today: '2026-12-04' });
  const old = await appState(page);
  await clickItem(page, 'tab/scoring');
  await clickItem(page, 'scoring/nextQuarter');
  await clickItem(page, 'scoring/carry/o3');
  await clickItem(page, 'scoring/createNextQuarter');
  const state = await waitForState(page, (s) => s.plan.plan.title !== old.plan.plan.title,
    'the next quarter');
  assert.equal(state.plan.plan.title, 'TalentSync Q1 company OKRs');
  assert.equal(state.plan.plan.start, '2027-01-01');
  assert.equal(state.plan.plan.end, '2027-03-31');
  assert.deepEqual(state.plan.objectives.map((o) => o.id), ['o1', 'o2']);
  assert.ok(state.plan.objectives.every((o) => o.keyResults.every((k) => (k.checkins ?? []).length === 0)));
  assert.notEqual(state.document.draftId, old.document.draftId);

  const [download] = await Promise.all([page.waitForEvent('download'),
    clickItem(page, 'scoring/downloadOld')]);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(file.plan.title, 'TalentSync Q4 company OKRs');
  assert.equal(file.objectives.length, 3);
  assert.equal(file.objectives[0].keyResults[0].checkins.length,
    old.plan.objectives[0].keyResults[0].checkins.length);
  // … and it stays among the drafts in this browser.
  const stored = await page.evaluate((id) => localStorage.getItem('okr.draft.' + id),
    old.document.draftId);
  assert.ok(stored && JSON.parse(stored).plan.title === 'TalentSync Q4 company OKRs');
  await context.close();
});

test('a pivot needs its reason and keeps the original target in the log', async () => {
  const { page, context } = await openPlanner(session, { today: '2026-12-04' });
  const before = await appState(page);
  await clickItem(page, 'tab/checkins');
  await clickItem(page, 'checkin/kr1/adjust');
  // The dialog sizes itself to what it holds over its first frames (its text fields are windows
  // of their own, drawn from their second frame): click once it has settled.
  await frames(page, 4);
  await clickItem(page, 'adjust/pivot');
  await frames(page, 4);
  await clickItem(page, 'adjust/execution');
  await frames(page, 4);
  assert.ok(await itemRect(page, 'adjust/advice'), "S4's caution for an execution shortfall");
  await typeInto(page, 'adjust/newTarget', '38');
  // The reason field takes the focus and the auto-sized dialog settles: the button may move.
  await frames(page, 4);
  await clickItem(page, 'adjust/apply');
  await frames(page, 3);
  assert.ok(await itemRect(page, 'adjust/error'), 'refused without a reason');
  assert.equal((await appState(page)).plan.adjustments.length, before.plan.adjustments.length);

  await typeInto(page, 'adjust/reason', 'Competitor went free');
  await clickItem(page, 'adjust/external');
  // The execution advice goes away and the auto-sized dialog settles: the button moves.
  await frames(page, 4);
  await clickItem(page, 'adjust/apply');
  const state = await waitForState(page,
    (s) => s.plan.adjustments.length === before.plan.adjustments.length + 1, 'the logged pivot');
  const a = state.plan.adjustments.at(-1);
  assert.equal(a.action, 'pivot');
  assert.equal(a.cause, 'external');
  assert.equal(a.targetId, 'kr1');
  assert.equal(a.originalTarget, 45);
  assert.equal(a.newTarget, 38);
  assert.equal(kr(state, 'kr1').target, 38);
  await clickItem(page, 'tab/risk');
  assert.ok(await itemRect(page, `adjustment/${a.id}`), 'the log lists it');
  await context.close();
});

test('the mid-quarter review opens the At risk tab in week 6; a retired key result leaves it', async () => {
  // Friday 8 May 2026 is week 6 of the example's quarter (S4: review in weeks 6–7).
  const { page, context } = await openPlanner(session, { today: '2026-05-08' });
  await clickItem(page, 'tab/risk');
  await frames(page, 3);
  assert.ok(await itemRect(page, 'review/heading'), 'the review is proposed in week 6');
  assert.ok(await itemRect(page, 'risk/kr3'), 'KR3 is at risk before the review');
  const before = await appState(page);
  // Retire KR3 from its row's menu in the Objectives tab.
  await clickItem(page, 'tab/objectives');
  await clickItem(page, '/objectives/0/keyResults/2/menu');
  await clickSettled(page, '/objectives/0/keyResults/2/adjust');
  await clickSettled(page, 'adjust/retire');
  await frames(page, 4);
  await typeInto(page, 'adjust/reason', 'Pricing moved to annual plans only');
  await frames(page, 4);
  await clickItem(page, 'adjust/apply');
  const state = await waitForState(page,
    (s) => s.plan.adjustments.length === before.plan.adjustments.length + 1, 'the retirement');
  const a = state.plan.adjustments.at(-1);
  assert.equal(a.action, 'retire');
  assert.equal(a.targetId, 'kr3');
  await clickItem(page, 'tab/risk');
  await frames(page, 3);
  assert.ok(await itemRect(page, 'risk/kr1'), 'the others are still listed');
  assert.equal(await itemRect(page, 'risk/kr3'), null, 'a retired key result is not at risk');
  await context.close();

  // A week later than the review's two weeks, nothing is proposed.
  const later = await openPlanner(session, { today: '2026-05-22' });
  await clickItem(later.page, 'tab/risk');
  await frames(later.page, 3);
  assert.equal(await itemRect(later.page, 'review/heading'), null, 'week 8: no review proposed');
  await later.context.close();
});

test('the meeting timer keeps frames coming while it runs', async () => {
  const { page, context } = await openPlanner(session, { today: '2026-12-04' });
  await clickItem(page, 'tab/risk');
  // While the timer runs the app keeps drawing without input (the clock moves on screen); paused,
  // it falls back to one frame a second.
  await clickItem(page, 'agenda/startPause');
  assert.equal((await appState(page)).ui.timerRunning, true);
  await page.mouse.move(5, 700);
  await page.waitForTimeout(2500);
  const count = async () => (await frameStats(page)).frames;
  let n0 = await count();
  await page.waitForTimeout(2000);
  const running = (await count()) - n0;
  await clickItem(page, 'agenda/startPause');
  await page.mouse.move(5, 700);
  await page.waitForTimeout(2500);
  n0 = await count();
  await page.waitForTimeout(2000);
  const paused = (await count()) - n0;
  // Idle, the app draws one frame a second; software WebGL on a busy machine draws a few a second.
  assert.ok(running >= 6 && running > paused * 2, `in 2 s: running ${running} frames, paused ${paused}`);
  await context.close();
});

test('the weekly meeting runs in the format the plan chooses: S4 15 minutes, S2 three questions', async () => {
  const { page, context } = await openPlanner(session, { today: '2026-12-04' });
  await clickItem(page, 'tab/risk');
  assert.ok(await itemRect(page, 'agenda/3/time'), "S3's agenda has four items by default");
  // S4: fifteen minutes in the meeting the team already holds, only what is at risk.
  await choose(page, 'agenda/format', 'segment-15');
  let state = await waitForState(page, (s) => s.plan.plan.meeting === 'segment-15', 'the S4 format');
  assert.equal(state.document.undoLabel, 'Change weekly meeting');
  assert.ok(await itemRect(page, 'agenda/1/time'));
  assert.equal(await itemRect(page, 'agenda/2/time'), null, 'two items, 15 minutes');
  // S2: the three questions; the timer starts afresh on the new format.
  await clickItem(page, 'agenda/startPause');
  await choose(page, 'agenda/format', 'three-questions');
  state = await waitForState(page, (s) => s.plan.plan.meeting === 'three-questions', 'the S2 format');
  assert.equal(state.ui.timerRunning, false, 'a new format stops the timer');
  assert.ok(await itemRect(page, 'agenda/2/time'));
  assert.equal(await itemRect(page, 'agenda/3/time'), null, 'three questions');
  // The second question answered from the week's check-ins: each key result checked in within
  // seven days, before and now.
  const checkedThisWeek = state.plan.objectives.flatMap((o) => o.keyResults)
    .filter((k) => k.checkins.some((c) => c.value !== undefined && c.date > '2026-11-27' && c.date <= '2026-12-04'));
  assert.ok(checkedThisWeek.length > 0, 'the example has check-ins in the week before 4 December');
  for (const k of checkedThisWeek) assert.ok(await itemRect(page, `agenda/moves/${k.id}`), `${k.id} listed`);
  // The week's answers are kept in the plan, week by week (S2).
  await typeInto(page, 'agenda/0/answer', 'Shipped the new onboarding flow');
  state = await waitForState(page, (s) => (s.plan.retrospective || []).length === 1, 'the answer kept');
  const answer = state.plan.retrospective[0];
  assert.equal(answer.question, 'What did we ship or change?');
  assert.equal(answer.answer, 'Shipped the new onboarding flow');
  assert.ok(Number.isInteger(answer.week) && answer.week >= 1, `week ${answer.week}`);
  assert.equal(state.document.undoLabel, "Answer the week's question");
  // Undo takes the answer back, then the format (out of the next answer's field first, where
  // Ctrl+Z would undo its own typing).
  await page.keyboard.press('Escape');
  await frames(page, 2);
  await page.keyboard.press('Control+z');
  await waitForState(page, (s) => (s.plan.retrospective || []).length === 0, 'undo the answer');
  await page.keyboard.press('Control+z');
  await waitForState(page, (s) => s.plan.plan.meeting === 'segment-15', 'undo');
  await context.close();
});
