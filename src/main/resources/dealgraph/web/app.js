// dealgraph's web page: SPARQL editor, company search and pages, graph view with evidence.
// Everything it loads comes from the server: this file, CodeMirror and Cytoscape.js (WebJars).
(function () {
  'use strict';

  const ENTITY = 'https://w3id.org/dealgraph/id/';
  const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#393b79'];
  const state = { config: null, editor: null, lastQuery: null, cy: null, graph: null, entity: null };

  const $ = (id) => document.getElementById(id);
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  async function getJson(url) {
    const resp = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await resp.json().catch(() => ({ error: resp.statusText }));
    if (!resp.ok) throw new Error(body.error || resp.statusText);
    return body;
  }

  function shortIri(iri) {
    for (const [p, ns] of Object.entries(state.config.prefixes)) {
      if (iri.startsWith(ns) && /^[A-Za-z0-9_.-]*$/.test(iri.slice(ns.length))) return p + ':' + iri.slice(ns.length);
    }
    return iri;
  }

  function entityLink(iri, label) {
    return el('a', { href: '#company/' + encodeURIComponent(iri), title: iri }, label || shortIri(iri));
  }

  function iriLink(iri) {
    if (iri.startsWith(ENTITY)) return entityLink(iri);
    return el('a', { href: iri, target: '_blank', rel: 'noopener noreferrer', title: iri }, shortIri(iri));
  }

  // ---- views and routing ------------------------------------------------------------------

  function show(view) {
    for (const v of ['query', 'company', 'graph']) {
      $('view-' + v).hidden = v !== view;
      $('nav-' + v).classList.toggle('current', v === view);
      if (v === view) $('nav-' + v).setAttribute('aria-current', 'page'); else $('nav-' + v).removeAttribute('aria-current');
    }
  }

  function route() {
    const hash = decodeURIComponent(location.hash.slice(1));
    const slash = hash.indexOf('/');
    const view = slash < 0 ? hash : hash.slice(0, slash);
    const arg = slash < 0 ? '' : hash.slice(slash + 1);
    if (view === 'company') {
      show('company');
      if (arg) openEntity(arg); else if (state.entity) openEntity(state.entity);
    } else if (view === 'graph') {
      show('graph');
      const id = arg || state.entity;
      if (id) drawGraph(id);
      else $('graph-notice').textContent = 'Find a company with the search box, then open its graph.';
    } else {
      show('query');
      if (state.editor) state.editor.refresh();
    }
  }

  // ---- SPARQL editor ----------------------------------------------------------------------

  function setupEditor() {
    const c = state.config;
    state.editor = CodeMirror.fromTextArea($('editor'), {
      mode: 'application/sparql-query', lineNumbers: true, indentUnit: 2,
      extraKeys: { 'Ctrl-Enter': runQuery, 'Cmd-Enter': runQuery, Tab: false, 'Shift-Tab': false },
    });
    const select = $('canned');
    for (const q of c.queries) select.append(el('option', { value: q.name, title: q.description }, q.name + ': ' + q.description.slice(0, 70)));
    select.addEventListener('change', () => {
      const q = c.queries.find((x) => x.name === select.value);
      if (!q) return;
      state.editor.setValue(q.query);
      $('canned-description').textContent = q.description;
    });
    const first = c.queries[0];
    state.editor.setValue(first.query);
    select.value = first.name;
    $('canned-description').textContent = first.description;
    $('run').addEventListener('click', runQuery);
    $('add-prefixes').addEventListener('click', () => state.editor.setValue(withPrefixes(state.editor.getValue(), true).query));
    $('download-csv').addEventListener('click', downloadCsv);
  }

  /** The query with a PREFIX line for each project prefix it uses without declaring (or, with all, every missing one). */
  function withPrefixes(query, all) {
    const added = [];
    for (const [p, ns] of Object.entries(state.config.prefixes)) {
      const declared = new RegExp('PREFIX\\s+' + p + ':', 'i').test(query);
      const used = new RegExp('(^|[\\s(/^|,;.!])' + p + ':', 'm').test(query.replace(/^\s*PREFIX.*$/gim, ''));
      if (!declared && (all || used)) added.push('PREFIX ' + p + ': <' + ns + '>');
    }
    return { query: added.length ? added.join('\n') + '\n' + query : query, added };
  }

  async function post(query, accept) {
    return fetch(state.config.sparql, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
      body: new URLSearchParams({ query }),
    });
  }

  async function runQuery() {
    const status = $('query-status');
    const { query, added } = withPrefixes(state.editor.getValue(), false);
    status.className = '';
    status.textContent = 'Running…';
    $('results').replaceChildren();
    $('download-csv').disabled = true;
    const started = performance.now();
    let resp;
    try {
      resp = await post(query, 'application/sparql-results+json, text/turtle;q=0.9');
    } catch (e) {
      status.className = 'error';
      status.textContent = 'The server did not answer: ' + e.message;
      return;
    }
    const ms = Math.round(performance.now() - started);
    if (!resp.ok) {
      const text = (await resp.text()).trim();
      status.className = 'error';
      status.textContent = resp.status === 503
        ? 'The query ran past the server\'s timeout of ' + state.config.timeoutSeconds + ' s and was cancelled. ' + text
        : 'Error ' + resp.status + ': ' + text;
      return;
    }
    state.lastQuery = query;
    const notes = [];
    if (added.length) notes.push('added ' + added.map((a) => a.split(/\s+/)[1]).join(' '));
    const limit = resp.headers.get('Dealgraph-Result-Limit');
    const type = resp.headers.get('Content-Type') || '';
    if (type.includes('sparql-results+json')) {
      const data = await resp.json();
      if (data.boolean !== undefined) {
        status.textContent = 'Answer: ' + data.boolean + ' (' + ms + ' ms)';
        return;
      }
      const rows = data.results.bindings;
      let text = rows.length + ' row' + (rows.length === 1 ? '' : 's') + ' in ' + ms + ' ms';
      if (limit) text += ' — cut to the server\'s result limit of ' + limit + ' rows';
      if (notes.length) text += ' (' + notes.join('; ') + ')';
      status.textContent = text;
      if (limit) status.className = 'warning';
      $('results').replaceChildren(resultTable(data.head.vars, rows));
      $('download-csv').disabled = false;
    } else {
      const body = await resp.text();
      status.textContent = 'Graph answer in ' + ms + ' ms' + (limit ? ' — cut to the server\'s result limit of ' + limit : '');
      $('results').replaceChildren(el('pre', { class: 'graph-answer' }, body));
    }
  }

  function cellNode(b) {
    if (!b) return '';
    if (b.type === 'uri') return iriLink(b.value);
    if (b.type === 'bnode') return '_:' + b.value;
    return b.value;
  }

  function sortValue(b) {
    if (!b) return '';
    const d = b.datatype || '';
    if (/#(integer|decimal|double|float|int|long)$/.test(d)) return Number(b.value);
    return b.type === 'uri' ? shortIri(b.value).toLowerCase() : b.value.toLowerCase();
  }

  /** A table of results whose column headers sort it (click, or Enter on the focused header). */
  function resultTable(vars, rows) {
    const table = el('table', { class: 'results' });
    const tbody = el('tbody');
    let sorted = { col: null, dir: 1 };
    const render = (list) => tbody.replaceChildren(...list.map((r) => el('tr', {}, vars.map((v) => el('td', {}, cellNode(r[v]))))));
    const heads = vars.map((v) => {
      const th = el('th', { scope: 'col', 'aria-sort': 'none' });
      const btn = el('button', { type: 'button', class: 'sort' }, v);
      btn.addEventListener('click', () => {
        sorted = { col: v, dir: sorted.col === v ? -sorted.dir : 1 };
        for (const h of table.querySelectorAll('th')) h.setAttribute('aria-sort', 'none');
        th.setAttribute('aria-sort', sorted.dir > 0 ? 'ascending' : 'descending');
        const list = rows.slice().sort((a, b) => {
          const x = sortValue(a[v]); const y = sortValue(b[v]);
          return (x < y ? -1 : x > y ? 1 : 0) * sorted.dir;
        });
        render(list);
      });
      th.append(btn);
      return th;
    });
    table.append(el('thead', {}, el('tr', {}, heads)), tbody);
    render(rows);
    return table;
  }

  async function downloadCsv() {
    if (!state.lastQuery) return;
    const resp = await post(state.lastQuery, 'text/csv');
    if (!resp.ok) {
      $('query-status').textContent = 'CSV download failed: ' + resp.status;
      return;
    }
    const url = URL.createObjectURL(await resp.blob());
    const a = el('a', { href: url, download: 'dealgraph-results.csv' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ---- search -----------------------------------------------------------------------------

  function setupSearch() {
    const input = $('search-input');
    const list = $('search-list');
    let timer = null;
    let active = -1;
    let asked = '';
    const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
    const highlight = (i) => {
      const items = list.querySelectorAll('[role=option]');
      if (!items.length) return;
      active = (i + items.length) % items.length;
      items.forEach((it, j) => it.setAttribute('aria-selected', j === active ? 'true' : 'false'));
      input.setAttribute('aria-activedescendant', items[active].id);
      items[active].scrollIntoView({ block: 'nearest' });
    };
    const open = (id) => { close(); input.value = ''; location.hash = 'company/' + encodeURIComponent(id); };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (!q) { close(); return; }
      timer = setTimeout(async () => {
        asked = q;
        let found;
        try { found = await getJson('/api/search?q=' + encodeURIComponent(q)); } catch (e) { found = []; }
        if (asked !== q) return;
        list.replaceChildren(...(found.length ? found.map((f, i) => el('li', {
          role: 'option', id: 'search-option-' + i, 'data-id': f.id, 'aria-selected': 'false',
          onmousedown: (ev) => { ev.preventDefault(); open(f.id); },
        }, el('span', { class: 'label' }, f.label), ' ', el('span', { class: 'kind' }, f.type),
        f.match.toLowerCase() !== f.label.toLowerCase() ? el('span', { class: 'alias' }, ' also ' + f.match) : null))
          : [el('li', { class: 'none' }, 'No name contains “' + q + '”')]));
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        active = -1;
      }, 120);
    });
    input.addEventListener('keydown', (ev) => {
      if (ev.key === 'ArrowDown') { ev.preventDefault(); highlight(active + 1); }
      else if (ev.key === 'ArrowUp') { ev.preventDefault(); highlight(active - 1); }
      else if (ev.key === 'Escape') close();
      else if (ev.key === 'Enter') {
        const items = list.querySelectorAll('[role=option]');
        const pick = items[Math.max(active, 0)];
        if (pick && !list.hidden) { ev.preventDefault(); open(pick.dataset.id); }
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
    document.addEventListener('keydown', (ev) => {
      if (ev.key === '/' && !ev.target.closest('input, textarea, select, .CodeMirror')) { ev.preventDefault(); input.focus(); }
    });
  }

  // ---- company page -----------------------------------------------------------------------

  async function openEntity(id) {
    const view = $('view-company');
    view.replaceChildren(el('p', {}, 'Loading…'));
    let page;
    try { page = await getJson('/api/entity?id=' + encodeURIComponent(id)); } catch (e) {
      view.replaceChildren(el('p', { class: 'error' }, e.message));
      return;
    }
    state.entity = id;
    const facts = {};
    for (const f of page.facts) (facts[f.relation] = facts[f.relation] || []).push(f);
    const meta = [page.types.join(', ')];
    if (page.country) meta.push(page.country);
    view.replaceChildren(
      el('h2', { id: 'company-name' }, page.label),
      el('p', { class: 'meta' }, meta.join(' · '), ' ',
        page.wikidata ? el('a', { href: page.wikidata, target: '_blank', rel: 'noopener noreferrer' }, 'Wikidata') : null, ' ',
        el('a', { href: '#graph/' + encodeURIComponent(id), class: 'button', id: 'open-graph' }, 'Graph of its neighbourhood')),
      page.altLabels.length ? el('p', { class: 'aliases' }, 'Also: ' + page.altLabels.join(', ')) : null,
      el('div', { class: 'columns' },
        el('section', { class: 'facts', 'aria-labelledby': 'facts-title' }, el('h3', { id: 'facts-title' }, 'Facts by relation'),
          Object.keys(facts).length ? Object.entries(facts).map(([rel, list]) => el('div', { class: 'relation' },
            el('h4', {}, rel),
            el('ul', {}, list.map((f) => el('li', {}, f.direction === 'out' ? page.label + ' → ' : '← ',
              entityLink(f.other, f.otherLabel), ' ', el('span', { class: 'count' },
                f.articles + (f.articles === '1' ? ' article' : ' articles') + (f.first ? ', ' + f.first + (f.last !== f.first ? ' – ' + f.last : '') : ''))))))
          ) : el('p', { class: 'empty' }, 'No relation facts.')),
        el('section', { class: 'deals', 'aria-labelledby': 'deals-title' }, el('h3', { id: 'deals-title' }, 'Deals and events'),
          page.deals.length ? el('table', { class: 'results' },
            el('thead', {}, el('tr', {}, ['Type', 'With', 'Status', 'Amount', 'Date', 'Article'].map((h) => el('th', { scope: 'col' }, h)))),
            el('tbody', {}, page.deals.map((d) => el('tr', {},
              el('td', {}, d.type), el('td', {}, d.with || ''), el('td', {}, d.status || ''),
              el('td', {}, d.value ? Number(d.value).toLocaleString('en') + ' ' + d.currency : ''),
              el('td', {}, d.date || d.published || ''),
              el('td', {}, el('span', { title: d.article }, d.headline || shortIri(d.article)))))))
            : el('p', { class: 'empty' }, 'No deals or events.'))),
      el('section', { class: 'articles', 'aria-labelledby': 'articles-title' }, el('h3', { id: 'articles-title' }, 'Articles'),
        el('ul', {}, page.articles.map((a) => el('li', {}, el('span', { class: 'date' }, a.published || 'undated'), ' ',
          a.url ? el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.headline || a.url) : (a.headline || shortIri(a.article)),
          a.language ? el('span', { class: 'kind' }, ' ' + a.language) : null)))));
    document.title = page.label + ' — dealgraph';
  }

  // ---- graph view -------------------------------------------------------------------------

  function colour(rel) {
    const i = state.config.relations.findIndex((r) => r.name === rel);
    return COLOURS[(i < 0 ? 0 : i) % COLOURS.length];
  }

  function graphParams() {
    const p = new URLSearchParams();
    p.set('depth', $('graph-depth').value);
    if ($('graph-relation').value) p.set('relations', $('graph-relation').value);
    if ($('graph-from').value) p.set('from', $('graph-from').value);
    if ($('graph-to').value) p.set('to', $('graph-to').value);
    // the page's own ?max=N sets the cap on drawn nodes (the server's default is 150)
    const max = new URLSearchParams(location.search).get('max');
    if (max) p.set('max', max);
    return p;
  }

  function setupGraph() {
    for (const r of state.config.relations) $('graph-relation').append(el('option', { value: r.name }, r.name));
    $('graph-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      if (state.entity) drawGraph(state.entity);
    });
  }

  async function drawGraph(id) {
    const notice = $('graph-notice');
    const params = graphParams();
    params.set('id', id);
    notice.className = '';
    notice.textContent = 'Loading…';
    let g;
    try { g = await getJson('/api/graph?' + params); } catch (e) {
      notice.className = 'error';
      notice.textContent = e.message;
      return;
    }
    state.entity = id;
    state.graph = g;
    for (const f of ['gexf', 'graphml', 'csv']) {
      const p = new URLSearchParams(params);
      p.delete('max');
      p.set('format', f);
      $('export-' + f).href = '/api/export?' + p;
      $('export-' + f).setAttribute('download', '');
    }
    const centre = g.nodes.find((n) => n.center);
    $('graph-title').textContent = centre ? centre.label : '';
    let text = g.nodes.length + ' nodes, ' + g.edges.length + ' edges';
    if (g.omittedNodes > 0) {
      text += ' — capped at ' + g.maxNodes + ' nodes: ' + g.omittedNodes + ' more neighbours are left out (the best-supported are shown). '
        + 'Narrow the relation or dates, or export the whole neighbourhood.';
      notice.className = 'warning';
    }
    notice.textContent = text;
    const elements = [];
    for (const n of g.nodes) elements.push({ data: { id: n.id, label: n.label, type: n.type || '', center: n.center ? 1 : 0, hop: n.hop } });
    const maxW = Math.max(1, ...g.edges.map((e) => e.weight));
    for (const e of g.edges) {
      elements.push({ data: { id: e.id, source: e.src, target: e.dst, relation: e.relation, weight: e.weight,
        width: 1.5 + 6 * (e.weight - 1) / Math.max(1, maxW - 1), colour: colour(e.relation), arrow: e.directed ? 'triangle' : 'none' } });
    }
    if (state.cy) state.cy.destroy();
    state.cy = cytoscape({
      container: $('cy'),
      elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
          'background-color': '#6b7a8f', width: 18, height: 18, 'text-wrap': 'ellipsis', 'text-max-width': 120 } },
        { selector: 'node[type = "Person"]', style: { 'background-color': '#c9a227', shape: 'diamond' } },
        { selector: 'node[type = "Product"]', style: { 'background-color': '#8aa', shape: 'round-rectangle' } },
        { selector: 'node[center = 1]', style: { 'background-color': '#222', width: 26, height: 26, 'font-weight': 'bold' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'data(arrow)', 'curve-style': 'bezier', 'arrow-scale': 1.1, opacity: 0.85 } },
        { selector: 'edge:selected', style: { opacity: 1, 'underlay-color': '#ffd54f', 'underlay-opacity': 0.6, 'underlay-padding': 4 } },
      ],
      // rings by distance from the company: the same drawing every time, and no node hidden under another
      layout: { name: 'concentric', concentric: (n) => 10 - n.data('hop'), levelWidth: () => 1, minNodeSpacing: 40,
        startAngle: 3 / 2 * Math.PI, animate: false, padding: 30 },
    });
    state.cy.on('tap', 'edge', (ev) => showEvidence(ev.target.data()));
    state.cy.on('tap', 'node', (ev) => { location.hash = 'company/' + encodeURIComponent(ev.target.id()); });
    window.dealgraphGraph = state.cy;

    const present = [...new Set(g.edges.map((e) => e.relation))].sort();
    $('legend').replaceChildren(...present.map((r) => {
      const directed = state.config.relations.find((x) => x.name === r);
      return el('span', { class: 'legend-item' }, el('span', { class: 'swatch', style: 'background:' + colour(r) }), r,
        directed && directed.symmetric ? ' (both ways)' : ' →');
    }), present.length ? el('span', { class: 'legend-item' }, 'edge width: number of articles') : '');
    const label = (iri) => (g.nodes.find((n) => n.id === iri) || { label: iri }).label;
    $('edge-list').replaceChildren(...g.edges.map((e) => el('li', {}, el('button', { type: 'button', class: 'link',
      onclick: () => showEvidence({ source: e.src, target: e.dst, relation: e.relation }) },
    label(e.src) + ' ' + e.relation + ' ' + label(e.dst)), ' ', el('span', { class: 'count' }, e.weight + ' article' + (e.weight > 1 ? 's' : '')))));
    $('evidence').replaceChildren(el('p', { class: 'empty' }, 'Click an edge to see the sentences behind it; click a node to open its page.'));
  }

  async function showEvidence(edge) {
    const box = $('evidence');
    const p = graphParams();
    p.delete('depth');
    p.delete('max');
    p.set('src', edge.source);
    p.set('dst', edge.target);
    p.set('relation', edge.relation);
    box.replaceChildren(el('p', {}, 'Loading…'));
    let list;
    try { list = await getJson('/api/evidence?' + p); } catch (e) {
      box.replaceChildren(el('p', { class: 'error' }, e.message));
      return;
    }
    const nodes = state.graph ? state.graph.nodes : [];
    const label = (iri) => (nodes.find((n) => n.id === iri) || { label: shortIri(iri) }).label;
    box.replaceChildren(
      el('h3', {}, label(edge.source) + ' ', el('span', { class: 'relation-name', style: 'color:' + colour(edge.relation) }, edge.relation), ' ' + label(edge.target)),
      el('ol', { class: 'evidence-list' }, list.map((e) => el('li', { class: 'evidence' },
        el('blockquote', {}, e.sentence),
        el('p', { class: 'source' },
          e.url ? el('a', { href: e.url, target: '_blank', rel: 'noopener noreferrer' }, e.headline || shortIri(e.article)) : (e.headline || shortIri(e.article)),
          ' · ', e.published || 'undated', ' · extractor ', e.extractor, ' · confidence ', Number(e.confidence).toFixed(2))))));
    box.focus();
  }

  // ---- start ------------------------------------------------------------------------------

  async function start() {
    try {
      state.config = await getJson('/api/config');
    } catch (e) {
      $('query-status').textContent = 'Cannot load the page settings: ' + e.message;
      return;
    }
    setupEditor();
    setupSearch();
    setupGraph();
    window.addEventListener('hashchange', route);
    route();
  }

  start();
}());
