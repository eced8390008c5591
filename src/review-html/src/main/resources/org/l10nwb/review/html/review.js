// The review page's behaviour: filters and search, the glossary pop-up, and the editor's
// decisions. Inlined into the page by ReportRenderer (the page makes no network request).
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.unit'));
  var filter = 'all';
  var search = document.getElementById('search');
  var count = document.getElementById('count-visible');

  function matches(row) {
    if (filter === 'findings' && row.getAttribute('data-findings') === '0') return false;
    var statuses = ' ' + row.getAttribute('data-statuses') + ' ';
    if (filter === 'untranslated' && statuses.indexOf(' untranslated ') < 0 && statuses.indexOf(' draft ') < 0) return false;
    if (filter === 'needs-review' && statuses.indexOf(' needs-review ') < 0) return false;
    if (filter === 'changed' && row.getAttribute('data-changed') !== 'true') return false;
    var q = fold(search.value.trim());
    if (q && fold(row.textContent).indexOf(q) < 0) return false;
    return true;
  }
  // Text as search compares it: case aside, and «ё» as «е», as the checks and the shell's search do.
  function fold(s) {
    return s.toLocaleLowerCase().replace(/ё/g, 'е');
  }
  function applyFilter() {
    var shown = 0;
    rows.forEach(function (row) { var ok = matches(row); row.hidden = !ok; if (ok) shown++; });
    count.textContent = String(shown);
  }
  document.querySelectorAll('#filters button').forEach(function (b) {
    b.addEventListener('click', function () {
      filter = b.getAttribute('data-filter');
      document.querySelectorAll('#filters button').forEach(function (o) { o.setAttribute('aria-pressed', String(o === b)); });
      applyFilter();
    });
  });
  search.addEventListener('input', applyFilter);

  var pop = document.getElementById('concept-pop');
  function showConcept(mark) {
    var id = mark.getAttribute('data-concept');
    var card = document.getElementById('concept-' + id);
    var row = mark.closest('tr');
    row.querySelectorAll('mark').forEach(function (m) { m.classList.toggle('linked', m.getAttribute('data-concept') === id); });
    if (!card) return;
    pop.replaceChildren(card.cloneNode(true));
    var r = mark.getBoundingClientRect();
    pop.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + window.innerWidth - 420)) + 'px';
    pop.style.top = (window.scrollY + r.bottom + 6) + 'px';
    pop.hidden = false;
  }
  function hideConcept() {
    pop.hidden = true;
    document.querySelectorAll('mark.linked').forEach(function (m) { m.classList.remove('linked'); });
  }
  document.querySelectorAll('mark[data-concept]').forEach(function (m) {
    m.addEventListener('mouseenter', function () { showConcept(m); });
    m.addEventListener('focus', function () { showConcept(m); });
    m.addEventListener('click', function () { showConcept(m); });
    m.addEventListener('mouseleave', hideConcept);
    m.addEventListener('blur', hideConcept);
  });

  // ---- decisions ----------------------------------------------------------------------------
  // One decision per translation (file and unit), kept in the browser's local storage under the
  // report, the file, the unit and the fingerprint of the text the editor saw, so that a reload,
  // a closed browser or a regenerated copy of the report finds it again, and a decision about
  // text that has changed since is never shown against the new text. Exporting hands the
  // decisions over to the file and takes them out of the browser.
  var PREFIX = 'l10nwb.review/' + document.body.getAttribute('data-report') + '/';
  var REVIEWER = 'l10nwb.review/reviewer';
  var store = (function () {
    try {
      var probe = PREFIX + 'probe';
      window.localStorage.setItem(probe, '1');
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null; // storage turned off: decisions last as long as the page
    }
  })();
  var memory = {};
  function get(k) { return store ? store.getItem(k) : (k in memory ? memory[k] : null); }
  function put(k, v) { if (store) store.setItem(k, v); else memory[k] = v; }
  function drop(k) { if (store) store.removeItem(k); else delete memory[k]; }
  function keys() {
    if (!store) return Object.keys(memory);
    var out = [];
    for (var i = 0; i < store.length; i++) out.push(store.key(i));
    return out;
  }
  function cellKey(cell) {
    return PREFIX + 'decision/' + encodeURIComponent(cell.getAttribute('data-file')) + '/'
      + encodeURIComponent(cell.getAttribute('data-unit')) + '/' + cell.getAttribute('data-fingerprint');
  }

  var PLACEHOLDER = /\u27e8\/?[^\u27e8\u27e9\s\/]+\/?\u27e9/g;
  function words(s) { return s ? s.split(' ').filter(function (w) { return w; }) : []; }
  function countOf(list, x) { return list.filter(function (y) { return y === x; }).length; }

  // The same rules review apply enforces, said before the editor exports.
  function codeProblem(edit) {
    var used = edit.value.match(PLACEHOLDER) || [];
    var have = words(edit.getAttribute('data-codes'));
    var source = words(edit.getAttribute('data-source-codes'));
    var i;
    for (i = 0; i < have.length; i++) {
      if (countOf(used, have[i]) < countOf(have, have[i])) return 'keep ' + have[i] + ': inline codes carry the formatting and links';
    }
    for (i = 0; i < used.length; i++) {
      var allowed = Math.max(countOf(have, used[i]), countOf(source, used[i]));
      if (allowed === 0) return used[i] + ' is not an inline code of this sentence';
      if (countOf(used, used[i]) > allowed) return used[i] + ' appears more often than in the ' + (have.indexOf(used[i]) >= 0 ? 'translation' : 'source');
    }
    var open = [];
    for (i = 0; i < used.length; i++) {
      var p = used[i];
      if (p.charAt(1) === '/') {
        var name = p.slice(2, -1);
        if (open.pop() !== name) return p + ' closes before its opening code; codes close in the reverse order they open';
      } else if (p.charAt(p.length - 2) !== '/') {
        open.push(p.slice(1, -1));
      }
    }
    return open.length ? '\u27e8' + open.pop() + '\u27e9 is never closed' : '';
  }

  var cells = Array.prototype.slice.call(document.querySelectorAll('td.cell'));
  var byKey = {};
  var pending = document.getElementById('pending');
  var problem = document.getElementById('export-problem');

  function countPending() {
    var n = cells.filter(function (c) { return c.decision && !c.exported; }).length;
    pending.textContent = n === 0 ? '' : n + (n === 1 ? ' decision' : ' decisions') + ' not exported yet';
  }

  cells.forEach(function (cell) {
    var note = cell.querySelector('.note-text');
    var said = cell.querySelector('.decided');
    var panel = cell.querySelector('.correction');
    var edits = Array.prototype.slice.call(cell.querySelectorAll('.seg-edit'));
    var approve = cell.querySelector('.approve');
    var undo = cell.querySelector('.undo');
    var fix = cell.querySelector('.correction-problem');
    var key = cellKey(cell);
    byKey[key] = cell;

    function correction() {
      if (!edits.some(function (e) { return e.value !== e.defaultValue; })) return null;
      var out = {};
      edits.forEach(function (e) { out[e.getAttribute('data-seg')] = e.value; });
      return out;
    }
    function stillEmpty() {
      return edits.some(function (e) { return !e.value.trim(); });
    }
    // Approve is offered only for a translation with every sentence translated, or corrected so.
    function offerApprove() {
      approve.hidden = correction() ? stillEmpty() : !!cell.getAttribute('data-empty');
    }
    function show(d) {
      cell.decision = d;
      cell.classList.remove('decided-approve', 'decided-reject', 'decided-comment');
      undo.hidden = !d;
      if (!d) { said.textContent = ''; return; }
      cell.classList.add('decided-' + d.action);
      var what = d.action === 'approve' ? (d.correction ? 'corrected and approved' : 'approved')
        : d.action === 'reject' ? 'rejected: ' + d.text
        : d.correction ? 'corrected, not approved' + (d.text ? ': ' + d.text : '') : 'commented: ' + d.text;
      said.textContent = what + (cell.exported ? ' \u00b7 exported' : ' \u00b7 kept in this browser until exported');
    }
    function decide(action) {
      problem.textContent = '';
      var fixed = correction();
      var text = note.hidden ? '' : note.value.trim();
      if (fixed) {
        for (var i = 0; i < edits.length; i++) {
          var p = codeProblem(edits[i]);
          if (p) { panel.hidden = false; fix.textContent = p; edits[i].focus(); return; }
        }
      }
      fix.textContent = '';
      if (action === 'reject' && fixed) {
        said.textContent = 'a rejection sends the translation back as it is: Cancel the correction, or Approve it';
        return;
      }
      if ((action === 'reject' || (action === 'comment' && !fixed)) && !text) {
        note.hidden = false;
        note.focus();
        said.textContent = action === 'reject' ? 'say why, then Reject again' : 'write the comment, then Comment again';
        return;
      }
      if (action === 'approve' && !fixed && cell.getAttribute('data-findings') !== '0') {
        var rules = Array.prototype.map.call(cell.querySelectorAll('ul.findings li'), function (li) { return li.getAttribute('data-rule'); });
        if (!window.confirm('Unit ' + cell.getAttribute('data-unit') + ' has findings of the checks (' + rules.join(', ')
            + '). Approve it all the same?')) return;
      }
      var d = { file: cell.getAttribute('data-file'), unit: cell.getAttribute('data-unit'),
        fingerprint: cell.getAttribute('data-fingerprint'), action: action, text: action === 'approve' ? '' : text,
        made: new Date().toISOString() };
      if (fixed) d.correction = fixed;
      cell.exported = false;
      put(key, JSON.stringify(d));
      note.value = '';
      note.hidden = true;
      panel.hidden = true;
      show(d);
      countPending();
    }
    function takeBack() {
      drop(key);
      edits.forEach(function (e) { e.value = e.defaultValue; });
      note.value = '';
      note.hidden = true;
      panel.hidden = true;
      fix.textContent = '';
      cell.exported = false;
      show(null);
      offerApprove();
      countPending();
    }
    approve.addEventListener('click', function () { decide('approve'); });
    cell.querySelector('.reject').addEventListener('click', function () { decide('reject'); });
    cell.querySelector('.comment').addEventListener('click', function () { decide('comment'); });
    // Each sentence's box as tall as its text, so the editor sees the whole of it.
    function fit(e) { e.style.height = 'auto'; e.style.height = (e.scrollHeight + 4) + 'px'; }
    cell.querySelector('.correct').addEventListener('click', function () {
      panel.hidden = false;
      edits.forEach(fit);
      edits[0].focus();
    });
    cell.querySelector('.keep-correction').addEventListener('click', function () {
      if (!correction()) { fix.textContent = 'nothing is changed yet'; return; }
      decide('comment');
    });
    cell.querySelector('.cancel-correction').addEventListener('click', function () {
      if (cell.decision && cell.decision.correction) { takeBack(); return; }
      edits.forEach(function (e) { e.value = e.defaultValue; });
      panel.hidden = true;
      fix.textContent = '';
      offerApprove();
    });
    undo.addEventListener('click', takeBack);
    edits.forEach(function (e) {
      e.addEventListener('input', function () { fix.textContent = codeProblem(e); fit(e); offerApprove(); });
    });

    var saved = get(key);
    if (saved) {
      try {
        var d = JSON.parse(saved);
        if (d.correction) edits.forEach(function (e) { var t = d.correction[e.getAttribute('data-seg')]; if (typeof t === 'string') e.value = t; });
        show(d);
      } catch (e) {
        drop(key);
      }
    }
    offerApprove();
  });

  // Decisions kept for this report whose text has changed since: they no longer apply.
  var stale = keys().filter(function (k) { return k.indexOf(PREFIX + 'decision/') === 0 && !byKey[k]; });
  stale.forEach(drop);
  if (stale.length) {
    document.getElementById('stale').textContent = stale.length + (stale.length === 1 ? ' earlier decision was' : ' earlier decisions were')
      + ' about text that has changed since, and ' + (stale.length === 1 ? 'was' : 'were') + ' dropped: decide again on the new text.';
  }

  var reviewer = document.getElementById('reviewer');
  reviewer.value = get(REVIEWER) || '';
  reviewer.addEventListener('input', function () { put(REVIEWER, reviewer.value.trim()); });
  var link = document.getElementById('download');
  var out = document.getElementById('decisions');
  function offer(json) {
    out.value = json;
    link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.hidden = false;
  }
  var last = get(PREFIX + 'last-export');
  if (last) {
    offer(last);
    link.textContent = 'Download the last export again';
  }
  document.getElementById('export').addEventListener('click', function () {
    var name = reviewer.value.trim();
    if (!name) {
      problem.textContent = 'Type your name first: the decisions are recorded under it.';
      reviewer.focus();
      return;
    }
    var decided = cells.filter(function (c) { return c.decision; });
    if (!decided.length) {
      problem.textContent = 'No decisions to export yet.';
      return;
    }
    problem.textContent = '';
    var all = decided.map(function (c) { return c.decision; });
    var json = JSON.stringify({ format: 'l10n-workbench-review', version: 2, report: document.body.getAttribute('data-report'),
      reviewer: name, made: new Date().toISOString(), decisions: all }, null, 2);
    offer(json);
    link.textContent = 'Download review-decisions.json';
    put(PREFIX + 'last-export', json);
    decided.forEach(function (c) {
      drop(cellKey(c));
      c.exported = true;
      c.querySelector('.decided').textContent = c.querySelector('.decided').textContent
        .replace(' \u00b7 kept in this browser until exported', ' \u00b7 exported');
    });
    document.getElementById('exported').textContent = 'Exported ' + all.length + (all.length === 1 ? ' decision' : ' decisions')
      + ' at ' + new Date().toLocaleTimeString() + '. They are no longer kept in this browser: save the file and send it back.';
    countPending();
  });
  countPending();
  applyFilter();
})();
