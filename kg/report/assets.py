"""The report's inline style sheet and script: no fonts, images or files fetched at view time.

Colours are the Okabe-Ito palette (distinguishable with the common colour-vision
deficiencies); each entity class also has its own underline style in the text and its own
node shape in the picture, so nothing depends on colour alone, on screen or on paper.
"""

CSS = """
:root { --person: #E69F00; --organization: #0072B2; --place: #009E73; --other: #CC79A7;
  --person-bg: #fde7bd; --organization-bg: #cfe4f5; --place-bg: #c7eee0; --other-bg: #f5dcea;
  --ink: #1b1b1b; --muted: #5a5a5a; --line: #d0d0d0; --hl: #fff0a0; }
* { box-sizing: border-box; }
html { scroll-padding-top: 4.5rem; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans",
  sans-serif; color: var(--ink); background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
header.top { position: sticky; top: 0; z-index: 5; background: #f7f7f7;
  border-bottom: 1px solid var(--line); padding: .5rem 1rem; display: flex; flex-wrap: wrap;
  gap: .4rem 1.2rem; align-items: center; }
header.top h1 { font-size: 1.1rem; margin: 0; }
header.top nav a { margin-right: .8rem; }
.filters { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
.filters select, .filters input { font: inherit; max-width: 26rem; }
main { padding: 0 1rem 3rem; max-width: 1500px; margin: 0 auto; }
h2 { font-size: 1.25rem; margin: 1.6rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.muted { color: var(--muted); }
.summary { margin: .6rem 0; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; align-items: center;
  margin: .5rem 0; }
.legend .key { display: inline-flex; align-items: center; gap: .3rem; }
mark.m { color: inherit; padding: 0 .08em; border-radius: 2px; }
mark.c-person { background: var(--person-bg); border-bottom: 2px solid var(--person); }
mark.c-organization { background: var(--organization-bg);
  border-bottom: 3px double var(--organization); }
mark.c-place { background: var(--place-bg); border-bottom: 2px dotted var(--place); }
mark.c-other { background: var(--other-bg); border-bottom: 2px dashed var(--other); }
mark.m.sel { outline: 2px solid var(--ink); }
span.q { font-style: italic; }
span.t { font-weight: 700; text-decoration: underline wavy #555; }
span.s.hl { background: var(--hl); outline: 2px solid #b58900; }
span.s:target { background: var(--hl); }
article.doc { border-top: 2px solid var(--line); padding-top: .4rem;
  content-visibility: auto; contain-intrinsic-size: auto 900px; }
article.doc h3.headline { font-size: 1.15rem; margin: .6rem 0 .2rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0 .8rem;
  margin: .2rem 0 .6rem; font-size: .9rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.2rem; }
@media (max-width: 1000px) { .cols { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; overflow-wrap: break-word; font-family: Georgia, "DejaVu Serif",
  serif; font-size: 1rem; line-height: 1.65; border: 1px solid var(--line); padding: .8rem;
  border-radius: 4px; max-height: 80vh; overflow: auto; position: sticky; top: 4.5rem;
  align-self: start; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; margin-bottom: .6rem; }
th, td { border-bottom: 1px solid var(--line); padding: .2rem .35rem; text-align: left;
  vertical-align: top; }
th { background: #f2f2f2; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-size: .85em; overflow-wrap: anywhere; }
a.ev { white-space: nowrap; }
td.rule code { white-space: nowrap; overflow-wrap: normal; }
.key { white-space: nowrap; }
.iri { display: flex; gap: .3rem; align-items: flex-start; }
button.copy { font: inherit; font-size: .75rem; padding: 0 .3rem; cursor: pointer; }
.hidden { display: none !important; }
.ok { color: #006d4f; font-weight: 600; }
.bad { color: #a0161c; font-weight: 600; }
.graph-wrap { overflow: auto; border: 1px solid var(--line); border-radius: 4px;
  max-height: 85vh; background: #fff; }
svg.graph { display: block; font: 12px system-ui, "DejaVu Sans", sans-serif; }
svg.graph .edge line { stroke: #8a8a8a; stroke-width: 1.3; }
svg.graph .edge text { fill: #444; font-size: 10px; paint-order: stroke; stroke: #fff;
  stroke-width: 3px; }
svg.graph .node text { paint-order: stroke; stroke: #fff; stroke-width: 3px; fill: #111; }
svg.graph .node { cursor: pointer; }
svg.graph .node .shape { stroke: #222; stroke-width: 1.2; }
svg.graph .c-person .shape { fill: var(--person); }
svg.graph .c-organization .shape { fill: var(--organization); }
svg.graph .c-place .shape { fill: var(--place); }
svg.graph .c-other .shape { fill: var(--other); }
svg.graph .node.sel .shape { stroke-width: 3.5; }
.legend svg { vertical-align: middle; }
@media print {
  header.top { position: static; }
  .filters, button.copy { display: none; }
  .text { max-height: none; overflow: visible; position: static; }
  .graph-wrap { max-height: none; overflow: visible; }
  article.doc { content-visibility: visible; break-before: page; }
}
"""

JS = """
(function () {
  'use strict';
  var docFilter = document.getElementById('doc-filter');
  var entityFilter = document.getElementById('entity-filter');
  var filtering = !!(docFilter && entityFilter);
  var entityIds = {};
  document.querySelectorAll('#entity-names option').forEach(function (o) {
    entityIds[o.value] = o.getAttribute('data-id');
  });
  function words(el, name) {
    var v = el.getAttribute(name);
    return v ? v.split(' ') : [];
  }
  function highlight(id) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var doc = el.closest('article.doc');
    if (filtering && doc && doc.classList.contains('hidden')) {
      docFilter.value = '';
      entityFilter.value = '';
      apply();
    }
    document.querySelectorAll('.hl').forEach(function (e) { e.classList.remove('hl'); });
    el.classList.add('hl');
    el.scrollIntoView({block: 'center'});
  }
  function apply() {
    var doc = docFilter.value;
    var entity = entityIds[entityFilter.value] || '';
    var note = document.getElementById('filter-note');
    note.textContent = entityFilter.value && !entity ? 'no entity of that name' : '';
    var keep = null;
    if (entity) {
      var node = document.getElementById('n-' + entity);
      keep = {};
      keep[entity] = true;
      if (node) { words(node, 'data-nb').forEach(function (n) { keep[n] = true; }); }
      else { note.textContent = 'this entity is not in the picture'; }
    }
    document.querySelectorAll('article.doc, tr.doc-row').forEach(function (a) {
      var show = (!doc || a.id === doc) &&
        (!entity || words(a, 'data-entities').indexOf(entity) >= 0);
      a.classList.toggle('hidden', !show);
    });
    var shown = {};
    document.querySelectorAll('svg.graph g.node').forEach(function (n) {
      var id = n.getAttribute('data-entity');
      var show = (!doc || words(n, 'data-docs').indexOf(doc) >= 0) && (!keep || keep[id]);
      n.classList.toggle('hidden', !show);
      n.classList.toggle('sel', id === entity);
      if (show) { shown[id] = true; }
    });
    document.querySelectorAll('svg.graph g.edge').forEach(function (e) {
      var show = shown[e.getAttribute('data-s')] && shown[e.getAttribute('data-t')];
      e.classList.toggle('hidden', !show);
    });
    document.querySelectorAll('tr.entity').forEach(function (r) {
      var show = (!doc || words(r, 'data-docs').indexOf(doc) >= 0) &&
        (!entity || r.id === entity);
      r.classList.toggle('hidden', !show);
    });
    document.querySelectorAll('mark.m').forEach(function (m) {
      m.classList.toggle('sel', !!entity && words(m, 'data-entity').indexOf(entity) >= 0);
    });
  }
  function copy(button) {
    var text = button.getAttribute('data-iri');
    function done() { button.textContent = 'copied'; }
    function fallback() {
      var code = button.parentNode.querySelector('code');
      var range = document.createRange();
      range.selectNodeContents(code);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      button.textContent = 'selected: press Ctrl+C';
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var link = target.closest('a.ev');
    if (link) {
      event.preventDefault();
      highlight(link.getAttribute('data-target'));
      return;
    }
    var button = target.closest('button.copy');
    if (button) { copy(button); return; }
    var node = target.closest('svg.graph g.node');
    if (node && filtering) {
      var label = node.getAttribute('data-label');
      entityFilter.value = entityFilter.value === label ? '' : label;
      apply();
    }
  });
  if (filtering) {
    docFilter.addEventListener('change', apply);
    entityFilter.addEventListener('change', apply);
    entityFilter.addEventListener('input', function () {
      if (!entityFilter.value || entityIds[entityFilter.value]) { apply(); }
    });
    document.getElementById('clear-filters').addEventListener('click', function () {
      docFilter.value = '';
      entityFilter.value = '';
      apply();
    });
  }
  if (location.hash.length > 1) {
    var start = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (start && start.classList.contains('s')) { highlight(start.id); }
  }
})();
"""
