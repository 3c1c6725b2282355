// The screen-reader outline (issue 20): the planner draws into one canvas, so this keeps a hidden,
// same-origin DOM outline of the open plan in step with it for assistive technology — the plan's
// title and strategy, each objective as a heading with its owner and style, its key results as a
// list (text, baseline → target, owner, due, latest value and confidence), the driver tree as a
// nested list from the North Star down, and the live checks grouped by severity — plus a polite
// live region that says which findings appeared or went away after an edit.
//
// Where the keyboard is: when a field of the canvas gets the focus (Tab, a click), a second polite
// live region says which one and what it holds ("Key result 2 of objective 1, target: 45"), and
// the objective or key result it belongs to is marked aria-current in the outline.
//
// Loaded only when View → "Screen reader outline" is on (okr.js loads it; nothing of it is in the
// first load). It reads the app's state (okrShell.state()) once a second and rebuilds the outline
// only when the plan's revision or the findings changed; the announcement waits until the edits
// have been quiet for 1.5 s, so typing is not read out letter by letter.
'use strict';
(function () {
  const POLL_MS = 1000;
  const ANNOUNCE_AFTER_MS = 1500;
  let root = null, outline = null, live = null, where = null, timer = null, announceTimer = null;
  let lastKey = '', lastFindings = null, pending = { added: [], gone: [] }, lastField = '';

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  const num = (v, unit) => (v === undefined || v === null ? '' : unit === '%' ? `${v}%`
    : unit === '$' || unit === '€' || unit === '£' ? `${unit}${v}` : unit ? `${v} ${unit}` : `${v}`);

  function keyResultText(kr, n) {
    const parts = [`KR${n}: ${kr.title || '(no text yet)'}`];
    if (kr.kind === 'milestone') parts.push(kr.done ? 'milestone, done' : 'milestone, not done');
    else if (kr.bandLow !== undefined && kr.bandHigh !== undefined)
      parts.push(`stay between ${num(kr.bandLow, kr.unit)} and ${num(kr.bandHigh, kr.unit)}`);
    else if ((kr.baseline !== undefined || kr.target !== undefined) &&
      !(kr.title && kr.title.includes(`${kr.baseline}`) && kr.title.includes(`${kr.target}`)))
      parts.push(`from ${num(kr.baseline, kr.unit) || 'no baseline'} to ${num(kr.target, kr.unit) || 'no target'}`);
    if (kr.owner) parts.push(`owner ${kr.owner}`);
    if (kr.due) parts.push(`due ${kr.due}`);
    const checkins = (kr.checkins || []).slice().sort((a, b) => (a.date < b.date ? -1 : 1));
    const last = checkins[checkins.length - 1];
    if (last) {
      if (last.value !== undefined) parts.push(`latest value ${num(last.value, kr.unit)} on ${last.date}`);
      if (last.confidence !== undefined) parts.push(`confidence ${last.confidence} of 10`);
    }
    return parts.join(', ');
  }

  function treeList(plan) {
    const nodes = (plan.tree && plan.tree.nodes) || [];
    const links = (plan.tree && plan.tree.links) || [];
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const children = new Map();
    for (const l of links) {
      if (!children.has(l.to)) children.set(l.to, []);
      children.get(l.to).push(l);
    }
    const seen = new Set();
    const item = (node, relation) => {
      const li = el('li', {}, [node.name || '(unnamed metric)', relation ? `${relation} of the one above` : '',
        node.value !== undefined ? `value ${num(node.value, node.unit)}`
          : node.baseline !== undefined ? `baseline ${num(node.baseline, node.unit)}` : '']
        .filter(Boolean).join(', '));
      seen.add(node.id);
      const under = (children.get(node.id) || []).filter((l) => byId.has(l.from) && !seen.has(l.from));
      if (under.length) {
        const ul = el('ul');
        for (const l of under) ul.appendChild(item(byId.get(l.from), l.relation));
        li.appendChild(ul);
      }
      return li;
    };
    const ul = el('ul');
    const tops = nodes.filter((n) => n.kind === 'nsm');
    for (const n of tops.length ? tops : nodes.filter((n) => !links.some((l) => l.from === n.id)))
      if (!seen.has(n.id)) ul.appendChild(item(n, ''));
    for (const n of nodes) if (!seen.has(n.id)) ul.appendChild(item(n, ''));
    return ul;
  }

  function build(state) {
    const plan = state.plan.plan ? Object.assign({}, state.plan, { meta: state.plan.plan }) : state.plan;
    const frag = document.createDocumentFragment();
    frag.appendChild(el('h1', {}, (plan.meta && plan.meta.title) || 'Untitled plan'));
    const strategy = plan.strategy || {};
    if (strategy.vision) frag.appendChild(el('p', {}, `Vision: ${strategy.vision}`));
    if (strategy.statement) frag.appendChild(el('p', {}, `Strategy: ${strategy.statement}`));
    if ((strategy.themes || []).length) {
      frag.appendChild(el('h2', {}, 'Themes'));
      const ul = el('ul');
      for (const t of strategy.themes) ul.appendChild(el('li', {}, t.title));
      frag.appendChild(ul);
    }
    const objectives = plan.objectives || [];
    frag.appendChild(el('h2', {}, `Objectives (${objectives.length})`));
    objectives.forEach((o, i) => {
      const section = el('section', { 'aria-label': `Objective ${i + 1}` });
      section.appendChild(el('h3', { id: `mirror-${o.id}` }, `O${i + 1}: ${o.title || '(no title yet)'}`));
      const about = [o.owner ? `Owner ${o.owner}` : 'No owner', o.style || 'committed', o.level || ''];
      section.appendChild(el('p', {}, about.filter(Boolean).join(', ')));
      const krs = el('ul', { 'aria-label': `Key results of objective ${i + 1}` });
      (o.keyResults || []).forEach((kr, k) => krs.appendChild(el('li', { id: `mirror-${kr.id}` }, keyResultText(kr, k + 1))));
      section.appendChild(krs);
      frag.appendChild(section);
    });
    if (((plan.tree && plan.tree.nodes) || []).length) {
      frag.appendChild(el('h2', {}, 'Driver tree'));
      frag.appendChild(treeList(plan));
    }
    const a = state.analysis || { violations: [] };
    frag.appendChild(el('h2', {}, `Live checks: ${a.errors || 0} errors, ${a.warnings || 0} warnings, ${a.infos || 0} notes`));
    for (const [severity, heading] of [['error', 'Errors'], ['warning', 'Warnings'], ['info', 'Notes']]) {
      const list = a.violations.filter((v) => v.severity === severity);
      if (!list.length) continue;
      frag.appendChild(el('h3', {}, heading));
      const ul = el('ul');
      for (const v of list) ul.appendChild(el('li', {}, v.message));
      frag.appendChild(ul);
    }
    if (a.planScore !== undefined) frag.appendChild(el('p', {}, `Plan score ${a.planScore.toFixed(2)}`));
    outline.replaceChildren(frag);
  }

  // A field's label is its JSON pointer in the plan file ("/objectives/0/keyResults/1/target"):
  // said as people name it, with the value the plan holds there.
  function describeField(state, label) {
    const parts = label.split('/').slice(1);
    let value = state.plan;
    for (const p of parts) value = value === undefined || value === null ? undefined : value[p];
    const field = parts[parts.length - 1].replace(/([A-Z])/g, ' $1').toLowerCase();
    let what = `plan ${parts.join(' ')}`;
    const o = label.match(/^\/objectives\/(\d+)\/(?:keyResults\/(\d+)\/)?/);
    if (o) what = o[2] !== undefined ? `Key result ${+o[2] + 1} of objective ${+o[1] + 1}`
      : `Objective ${+o[1] + 1}`;
    else if (parts[0] === 'plan') what = 'The plan';
    else if (parts[0] === 'strategy') what = 'The strategy';
    else if (parts[0] === 'tree') what = 'The driver tree';
    const said = value === undefined || value === null || value === '' ? 'empty'
      : typeof value === 'object' ? '' : `${value}`;
    return `${what}, ${field}${said ? `: ${said}` : ''}`;
  }

  // Marks the objective or key result the field `label` belongs to as the current one.
  function mark(state, label) {
    for (const e of outline.querySelectorAll('[aria-current]')) e.removeAttribute('aria-current');
    const o = label.match(/^\/objectives\/(\d+)(?:\/keyResults\/(\d+))?/);
    const objective = o && (state.plan.objectives || [])[+o[1]];
    const entity = objective && (o[2] !== undefined ? (objective.keyResults || [])[+o[2]] : objective);
    const mirrored = entity && document.getElementById(`mirror-${entity.id}`);
    if (mirrored) mirrored.setAttribute('aria-current', 'true');
  }

  // Says where the keyboard went, once per field (typing in it is not read out again).
  function follow(state) {
    const label = (state.analysis && (state.analysis.activeField || state.analysis.focus)) || '';
    if (label === lastField) return;
    lastField = label;
    mark(state, label);
    if (label) where.textContent = describeField(state, label);
  }

  function announce() {
    announceTimer = null;
    const { added, gone } = pending;
    pending = { added: [], gone: [] };
    const parts = [];
    if (added.length) parts.push(`${added.length} new finding${added.length === 1 ? '' : 's'}: ${added.join('; ')}`);
    if (gone.length) parts.push(`${gone.length} finding${gone.length === 1 ? '' : 's'} resolved`);
    if (parts.length) live.textContent = parts.join('. ') + '.';
  }

  function poll() {
    let state;
    try {
      state = window.okrShell.state();
    } catch (e) {
      return;  // the app is not running yet
    }
    const messages = (state.analysis ? state.analysis.violations : []).map((v) => `${v.severity}: ${v.message}`);
    const key = `${state.document.draftId} ${state.document.revision} ${messages.join('\n')}`;
    if (key === lastKey) {
      follow(state);
      return;
    }
    lastKey = key;
    build(state);
    mark(state, lastField);
    follow(state);
    if (lastFindings) {
      const before = new Set(lastFindings), now = new Set(messages);
      pending.added.push(...messages.filter((m) => !before.has(m)));
      pending.gone.push(...lastFindings.filter((m) => !now.has(m)));
      if (announceTimer) clearTimeout(announceTimer);
      announceTimer = setTimeout(announce, ANNOUNCE_AFTER_MS);
    }
    lastFindings = messages;
  }

  window.okrMirror = {
    start() {
      if (root) return;
      root = el('div', { id: 'mirror', class: 'mirror', role: 'region', 'aria-label': 'The plan, as an outline' });
      outline = el('div', { id: 'mirror-outline' });
      live = el('div', { id: 'mirror-live', 'aria-live': 'polite', role: 'status' });
      where = el('div', { id: 'mirror-focus', 'aria-live': 'polite' });
      root.append(outline, live, where);
      document.body.appendChild(root);
      poll();
      timer = setInterval(poll, POLL_MS);
    },
    stop() {
      if (!root) return;
      clearInterval(timer);
      if (announceTimer) clearTimeout(announceTimer);
      root.remove();
      root = outline = live = where = timer = announceTimer = null;
      lastKey = '';
      lastField = '';
      lastFindings = null;
    },
  };
}());
