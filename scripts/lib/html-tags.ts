// Reads the start tags of an HTML document (name, attributes and, for <script>, the inline text), enough to
// learn which scripts and preloads a built page asks for. Comments, doctypes and the raw text of <script>,
// <style>, <textarea> and <title> are skipped, so markup inside them is never mistaken for a tag.

export interface StartTag {
  /** Lower-case tag name. */
  name: string;
  /** Lower-case attribute names; a bare attribute (`nomodule`) has the value ''. The first of a repeated name wins. */
  attributes: Record<string, string>;
  /** The text up to the matching end tag, for elements whose content is raw text. */
  text?: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const SPACE = /[\t\n\f\r ]/;

/** Every start tag of `html`, in document order. */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      at = endOf(html, '-->', open + 4);
    } else if (html[open + 1] === '!' || html[open + 1] === '?' || html[open + 1] === '/') {
      at = endOf(html, '>', open + 1);
    } else if (/[a-zA-Z]/.test(html[open + 1] ?? '')) {
      const tag = readTag(html, open + 1);
      at = tag.end;
      if (RAW_TEXT.has(tag.name)) {
        const close = html.toLowerCase().indexOf(`</${tag.name}`, at);
        const end = close < 0 ? html.length : close;
        if (tag.name === 'script') tag.tag.text = html.slice(at, end);
        at = end;
      }
      tags.push(tag.tag);
    } else {
      at = open + 1;
    }
  }
  return tags;
}

function endOf(html: string, marker: string, from: number): number {
  const found = html.indexOf(marker, from);
  return found < 0 ? html.length : found + marker.length;
}

/** Reads `name attr="v" attr='v' attr=v attr>` from just after the `<`; returns the tag and where it ends. */
function readTag(html: string, from: number): { name: string; tag: StartTag; end: number } {
  let at = from;
  while (at < html.length && !SPACE.test(html[at]!) && html[at] !== '>' && html[at] !== '/') at += 1;
  const name = html.slice(from, at).toLowerCase();
  const attributes: Record<string, string> = {};
  for (;;) {
    while (at < html.length && (SPACE.test(html[at]!) || html[at] === '/')) at += 1;
    if (at >= html.length) break;
    if (html[at] === '>') {
      at += 1;
      break;
    }
    const nameStart = at;
    while (at < html.length && !SPACE.test(html[at]!) && !'/>='.includes(html[at]!)) at += 1;
    // `=` as the first character belongs to the name, as HTML says; the loop above stops on it, so take it here.
    if (at === nameStart) at += 1;
    const attribute = html.slice(nameStart, at).toLowerCase();
    while (at < html.length && SPACE.test(html[at]!)) at += 1;
    let value = '';
    if (html[at] === '=') {
      at += 1;
      while (at < html.length && SPACE.test(html[at]!)) at += 1;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        const end = close < 0 ? html.length : close;
        value = html.slice(at + 1, end);
        at = end + 1;
      } else {
        const valueStart = at;
        while (at < html.length && !SPACE.test(html[at]!) && html[at] !== '>') at += 1;
        value = html.slice(valueStart, at);
      }
    }
    if (!(attribute in attributes)) attributes[attribute] = decodeEntities(value);
  }
  return { name, tag: { name, attributes }, end: at };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The character references a built page puts in a URL: `&amp;`, `&quot;` and numeric ones. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
