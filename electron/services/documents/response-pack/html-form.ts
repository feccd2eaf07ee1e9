import { createHash } from 'node:crypto';
import { interpolate, messages } from '@shared/i18n';
import { formatDate } from '@shared/questionnaire/answer-text';
import type { ResponsePack } from '@shared/response-pack/format';
import { FORM_SCRIPT } from './form-script';

/*
 * A vendor response pack as one self-contained HTML page, for vendors without a spreadsheet program: the questions
 * as a form that saves a JSON answers file, which imports like the filled workbook. The page's policy allows its
 * own script (by hash) and inline styles, nothing else: it loads nothing and sends nothing. The pack travels as a
 * JSON block whose '<' are escaped, so no text in it can end the block or start markup.
 */

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const jsonBlock = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; color: #1a2433; margin: 0; background: #f4f6f9; }
header, main, footer { max-width: 860px; margin: 0 auto; padding: 16px 24px; }
header { background: #fff; border-bottom: 1px solid #dde3ea; max-width: none; }
header > * { max-width: 812px; margin-left: auto; margin-right: auto; }
h1 { font-size: 22px; margin: 8px auto; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px auto; }
dt { font-weight: 600; }
.question { background: #fff; border: 1px solid #dde3ea; border-radius: 10px; padding: 16px 20px; margin: 16px 0; }
.question h2 { font-size: 16px; margin: 4px 0 8px; }
.meta { color: #5b6776; font-size: 13px; margin: 0; }
.field { display: grid; gap: 4px; margin: 10px 0; }
.field span { font-weight: 600; font-size: 14px; }
input, select, textarea { font: inherit; padding: 6px 8px; border: 1px solid #b8c2ce; border-radius: 6px; background: #fffdf0; }
fieldset.choices { border: 1px solid #dde3ea; border-radius: 6px; display: grid; gap: 4px; }
.actions { position: sticky; bottom: 0; background: #fff; border-top: 1px solid #dde3ea; display: flex; gap: 12px; align-items: center; padding: 12px 24px; }
button, .open { font: inherit; padding: 8px 16px; border-radius: 6px; border: 1px solid #1f3a5f; background: #1f3a5f; color: #fff; cursor: pointer; }
.open { background: #fff; color: #1f3a5f; }
.open input { display: none; }
#status { color: #2f6b3a; }
`;

/** The words the form's script shows, in the pack's language. */
function formWords(pack: ResponsePack) {
  const w = messages[pack.facts.language].responsePacks.workbook;
  const f = messages[pack.facts.language].responsePacks.form;
  return {
    answer: w.answer,
    guidance: w.guidance,
    evidence: w.evidence,
    comment: w.comment,
    evidenceRef: w.evidenceRef,
    held: w.held,
    certificateId: w.certificateId,
    issuer: w.issuer,
    scope: w.scope,
    issued: w.issued,
    validUntil: w.validUntil,
    periodStart: w.periodStart,
    saved: f.saved,
    opened: f.opened,
    restored: f.restored,
    otherPack: f.otherPack,
  };
}

/** The answers file the form saves, as the vendor sees its name. */
export function answersFileName(pack: ResponsePack): string {
  return `${messages[pack.facts.language].responsePacks.form.fileStem} ${pack.facts.packId.slice(0, 8)}.json`;
}

/** The pack as the bytes of one HTML page. */
export function responsePackHtml(pack: ResponsePack): Buffer {
  const language = pack.facts.language;
  const w = messages[language].responsePacks.workbook;
  const f = messages[language].responsePacks.form;
  const scriptHash = createHash('sha256').update(FORM_SCRIPT, 'utf8').digest('base64');
  const policy = `default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'`;
  const data = { facts: pack.facts, questions: pack.questions, words: formWords(pack), fileName: answersFileName(pack) };
  const facts: [string, string][] = [
    [w.requestedBy, pack.buyer],
    [w.contact, pack.contact],
    ...(pack.deadline ? [[w.deadline, formatDate(pack.deadline, language)] as [string, string]] : []),
    [w.questionnaire, pack.questionnaireTitle],
    [w.packId, pack.facts.packId],
  ];
  const html = `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(interpolate(w.title, { vendor: pack.vendor }))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(interpolate(w.title, { vendor: pack.vendor }))}</h1>
<dl>${facts.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>
<p>${escapeHtml(f.intro)}</p>
</header>
<main>
<noscript><p>${escapeHtml(f.noScript)}</p></noscript>
<form id="answers" autocomplete="off"></form>
</main>
<div class="actions">
<button type="button" id="save">${escapeHtml(f.save)}</button>
<label class="open">${escapeHtml(f.open)}<input type="file" id="open" accept=".json,application/json"></label>
<span id="status" role="status"></span>
</div>
<script type="application/json" id="pack">${jsonBlock(data)}</script>
<script>${FORM_SCRIPT}</script>
</body>
</html>
`;
  return Buffer.from(html, 'utf8');
}
