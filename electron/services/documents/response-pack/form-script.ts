/*
 * The script of the offline answer form (./html-form.ts), as the text the vendor's browser runs. It reads the pack
 * from the page's JSON block, builds one field set per question, keeps what is typed in the page's local storage
 * (so a closed tab loses nothing on the same computer), opens an answers file saved earlier, and saves the answers
 * as a JSON file the buyer imports. It loads nothing and sends nothing: the page's policy forbids both.
 */
export const FORM_SCRIPT = String.raw`
(function () {
  'use strict';
  var pack = JSON.parse(document.getElementById('pack').textContent);
  var words = pack.words;
  var storeKey = 'assay-response-' + pack.facts.packId;
  var form = document.getElementById('answers');
  var fields = {};

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function labelled(labelText, control) {
    var wrap = el('label', { 'class': 'field' });
    wrap.appendChild(el('span', {}, labelText));
    wrap.appendChild(control);
    return wrap;
  }
  function select(choices) {
    var control = el('select');
    control.appendChild(el('option', { value: '' }, '—'));
    choices.forEach(function (choice) { control.appendChild(el('option', { value: choice }, choice)); });
    return control;
  }
  function input(type) { return el('input', { type: type }); }

  function answerControl(q) {
    var spec = q.answer;
    if (spec.type === 'list') return { main: select(spec.choices) };
    if (spec.type === 'multiList') {
      var box = el('fieldset', { 'class': 'choices' });
      box.appendChild(el('legend', {}, words.answer));
      var boxes = spec.choices.map(function (choice) {
        var tick = input('checkbox');
        tick.value = choice;
        var line = el('label');
        line.appendChild(tick);
        line.appendChild(document.createTextNode(' ' + choice));
        box.appendChild(line);
        return tick;
      });
      return { main: box, ticks: boxes };
    }
    if (spec.type === 'number') {
      var number = input('number');
      number.step = 'any';
      if (spec.min !== undefined) number.min = String(spec.min);
      if (spec.max !== undefined) number.max = String(spec.max);
      return { main: number, unit: spec.unit };
    }
    if (spec.type === 'date') return { main: input('date') };
    return { main: el('textarea', { rows: '3' }) };
  }

  function questionBlock(q, index) {
    var block = el('section', { 'class': 'question', id: 'q-' + q.id });
    block.appendChild(el('p', { 'class': 'meta' }, q.id + ' · ' + q.domain + ' · ' + q.section));
    block.appendChild(el('h2', {}, (index + 1) + '. ' + q.text));
    var help = el('details');
    help.appendChild(el('summary', {}, words.guidance));
    help.appendChild(el('p', {}, q.guidance));
    help.appendChild(el('p', { 'class': 'evidence' }, words.evidence + ': ' + q.evidence));
    block.appendChild(help);
    var entry = { question: q };
    if (q.certification) {
      entry.held = select(q.answer.choices);
      block.appendChild(labelled(words.held, entry.held));
      ['certificateId', 'issuer', 'scope'].forEach(function (name) {
        entry[name] = input('text');
        block.appendChild(labelled(words[name], entry[name]));
      });
      ['issued', 'validUntil'].concat(q.certification === 'report' ? ['periodStart'] : []).forEach(function (name) {
        entry[name] = input('date');
        block.appendChild(labelled(words[name], entry[name]));
      });
    } else {
      var control = answerControl(q);
      entry.answer = control;
      block.appendChild(control.ticks ? control.main : labelled(words.answer + (control.unit ? ' (' + control.unit + ')' : ''), control.main));
    }
    entry.comment = el('textarea', { rows: '2' });
    block.appendChild(labelled(words.comment, entry.comment));
    entry.evidenceRef = input('text');
    block.appendChild(labelled(words.evidenceRef, entry.evidenceRef));
    fields[q.id] = entry;
    return block;
  }

  var CERT_FIELDS = ['held', 'certificateId', 'issuer', 'scope', 'issued', 'validUntil', 'periodStart'];

  function collect() {
    return pack.questions.map(function (q) {
      var entry = fields[q.id];
      var answer = { id: q.id };
      if (q.certification) {
        answer.certification = true;
        CERT_FIELDS.forEach(function (name) { if (entry[name] && entry[name].value.trim() !== '') answer[name] = entry[name].value.trim(); });
      } else if (entry.answer.ticks) {
        var chosen = entry.answer.ticks.filter(function (tick) { return tick.checked; }).map(function (tick) { return tick.value; });
        if (chosen.length > 0) answer.answer = chosen.join('; ');
      } else if (entry.answer.main.value.trim() !== '') {
        answer.answer = entry.answer.main.value.trim();
      }
      if (entry.comment.value.trim() !== '') answer.comment = entry.comment.value.trim();
      if (entry.evidenceRef.value.trim() !== '') answer.evidenceRef = entry.evidenceRef.value.trim();
      return answer;
    });
  }

  function fill(answers) {
    answers.forEach(function (answer) {
      var entry = fields[answer.id];
      if (!entry) return;
      if (entry.question.certification) {
        CERT_FIELDS.forEach(function (name) { if (entry[name]) entry[name].value = answer[name] || ''; });
      } else if (entry.answer.ticks) {
        var chosen = String(answer.answer || '').split(';').map(function (part) { return part.trim(); });
        entry.answer.ticks.forEach(function (tick) { tick.checked = chosen.indexOf(tick.value) >= 0; });
      } else {
        entry.answer.main.value = answer.answer || '';
      }
      entry.comment.value = answer.comment || '';
      entry.evidenceRef.value = answer.evidenceRef || '';
    });
  }

  function answersFile() {
    return { format: 'assay-response', formatVersion: 1, facts: pack.facts, answers: collect() };
  }

  function status(text) { document.getElementById('status').textContent = text; }

  function remember() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(collect())); } catch (e) { /* storage may be off */ }
  }

  pack.questions.forEach(function (q, i) { form.appendChild(questionBlock(q, i)); });
  try {
    var kept = window.localStorage.getItem(storeKey);
    if (kept) { fill(JSON.parse(kept)); status(words.restored); }
  } catch (e) { /* nothing kept */ }
  form.addEventListener('input', remember);
  form.addEventListener('change', remember);

  document.getElementById('save').addEventListener('click', function () {
    var blob = new Blob([JSON.stringify(answersFile(), null, 2)], { type: 'application/json' });
    var link = el('a', { href: URL.createObjectURL(blob), download: pack.fileName });
    document.body.appendChild(link);
    link.click();
    link.remove();
    status(words.saved);
  });

  document.getElementById('open').addEventListener('change', function (event) {
    var file = event.target.files && event.target.files[0];
    event.target.value = '';
    if (!file) return;
    file.text().then(function (text) {
      var saved = JSON.parse(text);
      if (!saved || saved.format !== 'assay-response' || !saved.facts || saved.facts.packId !== pack.facts.packId || !Array.isArray(saved.answers)) {
        status(words.otherPack);
        return;
      }
      fill(saved.answers);
      remember();
      status(words.opened);
    }).catch(function () { status(words.otherPack); });
  });
})();
`;
