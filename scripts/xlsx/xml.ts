/**
 * The little XML an .xlsx needs, read in linear time: every search starts where the last one
 * stopped, so a hostile file costs at most a few passes over its text (no backtracking regex).
 */
import type { XmlFault } from '../../shared/i18n/fr/refusals';

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Element text as an XML parser gives it: entities decoded, CDATA taken literally, comments and instructions dropped. */
export function decodeText(raw: string): string {
  if (raw.indexOf('<') < 0) return decodeXml(raw);
  let out = '';
  let p = 0;
  for (;;) {
    const lt = raw.indexOf('<', p);
    if (lt < 0) return out + decodeXml(raw.slice(p));
    out += decodeXml(raw.slice(p, lt));
    const end = markupEnd(raw, lt);
    if (raw.startsWith('<![CDATA[', lt)) out += raw.slice(lt + 9, end - 3);
    p = end;
  }
}

export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0 && text.indexOf('_x') < 0) return text;
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITY[e],
    )
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Escapes an attribute value or element text. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 refuses
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text for a cell: characters XML cannot hold (and a carriage return, which XML would turn into a
 * line feed) become Excel's `_xHHHH_`; a literal `_xHHHH_` is protected as Excel does (`_x005F_`).
 */
export function escapeCellText(text: string): string {
  return escapeXml(
    text
      .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
      .replace(NOT_IN_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`),
  );
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Index just past the `>` closing the tag whose name ends before `from` (quotes respected), or -1. */
export function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return -1;
}

/** One element found in a text: its open tag, its content and where it ends. */
export interface Element {
  /** Index of `<`. */
  readonly start: number;
  /** The attribute text of the open tag (between the name and `>` or `/>`). */
  readonly attrs: string;
  /** Content bounds; equal when the element is empty or self-closing. */
  readonly inner: number;
  readonly innerEnd: number;
  /** Index just past the element. */
  readonly end: number;
}

/** A broken XML part: which tag, how (said in the user's language by the refusal xlsxDamaged). */
export class XmlError extends Error {
  constructor(readonly fault: XmlFault) {
    super(`<${fault.tag}> ${fault.kind}`);
    this.name = 'XmlError';
  }
}

/**
 * Where the markup that holds no element lies: comments, CDATA sections, processing instructions
 * and declarations (XML 1.0 §2.5–2.8). An XML parser sees no tag inside them, so neither does this
 * scanner. Found in one pass per text (cursors that only move forward) and kept for the last texts.
 */
const spanCache: { xml: string; spans: number[] }[] = [];

/** Index just past the markup starting at `lt` (a `<!` or `<?`), or throws for one never closed. */
function markupEnd(xml: string, lt: number): number {
  const [close, tag] = xml.startsWith('<!--', lt)
    ? ['-->', '!--']
    : xml.startsWith('<![CDATA[', lt)
      ? [']]>', '![CDATA[']
      : xml.charCodeAt(lt + 1) === 63
        ? ['?>', '?']
        : ['>', '!'];
  const at = xml.indexOf(close, lt + 2);
  if (at < 0) throw new XmlError({ tag, kind: 'unclosed' });
  return at + close.length;
}

/** Flat [start, end, start, end, …] of every comment, CDATA section, instruction and declaration. */
function markupSpans(xml: string): number[] {
  const known = spanCache.find((c) => c.xml === xml);
  if (known) return known.spans;
  const spans: number[] = [];
  let bang = -2;
  let question = -2;
  for (let p = 0; ;) {
    if (bang !== -1 && bang < p) bang = xml.indexOf('<!', p);
    if (question !== -1 && question < p) question = xml.indexOf('<?', p);
    const lt = bang < 0 ? question : question < 0 ? bang : Math.min(bang, question);
    if (lt < 0) break;
    p = markupEnd(xml, lt);
    spans.push(lt, p);
  }
  // Only large texts are kept (a sheet, the shared strings): a small one costs little to scan again.
  if (xml.length >= 4096) spanCache.unshift({ xml, spans });
  if (spanCache.length > 4) spanCache.pop();
  return spans;
}

/** The end of the comment, CDATA section or instruction that `at` lies in, or -1. */
function markupAround(xml: string, at: number): number {
  const spans = markupSpans(xml);
  let lo = 0;
  let hi = spans.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1] <= at) lo = mid + 1;
    else if (spans[2 * mid] > at) hi = mid - 1;
    else return spans[2 * mid + 1];
  }
  return -1;
}

/** Index of the first `literal` (a closing tag) at or after `from` outside comments and CDATA, or -1. */
export function indexOfTag(xml: string, literal: string, from: number): number {
  let p = from;
  for (;;) {
    const at = xml.indexOf(literal, p);
    if (at < 0) return -1;
    const skip = markupAround(xml, at);
    if (skip < 0) return at;
    p = skip;
  }
}

/** Index of the next `<` opening a tag (not a comment, CDATA or instruction) in [from, to), or -1. */
export function nextTag(xml: string, from: number, to = xml.length): number {
  let p = from;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0 || lt >= to) return -1;
    const c = xml.charCodeAt(lt + 1);
    if (c !== 33 && c !== 63) return lt;
    p = markupEnd(xml, lt);
  }
}

/**
 * The next `<name …>` element starting in [from, to) — `to` must be the index of a `<` (a closing
 * tag) or the text's length, so that no search runs past it. Same-name nesting is not supported
 * (none of the parts read here nest an element in itself). Comments, CDATA sections and
 * processing instructions are skipped, as an XML parser does.
 */
export function nextElement(xml: string, name: string, from: number, to = xml.length): Element | null {
  return nextElementOf(xml, [name], from, to);
}

/** The next element whose name is one of `names` (see nextElement); `name` says which. */
export function nextElementOf(xml: string, names: readonly string[], from: number, to = xml.length): (Element & { name: string }) | null {
  let p = from;
  for (;;) {
    const lt = nextTag(xml, p, to);
    if (lt < 0) return null;
    p = lt + 1;
    let name: string | undefined;
    for (let k = 0; k < names.length && name === undefined; k++) if (xml.startsWith(names[k], p)) name = names[k];
    if (name === undefined) continue;
    const after = xml.charCodeAt(p + name.length);
    if (!(isSpace(after) || after === 62 || after === 47)) continue;
    const open = tagEnd(xml, p + name.length);
    if (open < 0 || open > to) throw new XmlError({ tag: name, kind: 'unclosed' });
    const selfClosing = xml.charCodeAt(open - 2) === 47;
    const attrs = xml.slice(p + name.length, selfClosing ? open - 2 : open - 1);
    if (selfClosing) return { name, start: lt, attrs, inner: open, innerEnd: open, end: open };
    const close = closingTag(xml, name, open, to);
    const end = xml.indexOf('>', close);
    if (end < 0) throw new XmlError({ tag: name, kind: 'incomplete' });
    return { name, start: lt, attrs, inner: open, innerEnd: close, end: end + 1 };
  }
}

/** Index of the `</name>` after `from`, before `to`. */
function closingTag(xml: string, name: string, from: number, to: number): number {
  let p = from;
  for (;;) {
    const close = indexOfTag(xml, `</${name}`, p);
    if (close < 0 || close >= to) throw new XmlError({ tag: name, kind: 'noClosingTag' });
    const after = xml.charCodeAt(close + 2 + name.length);
    if (after === 62 || isSpace(after)) return close;
    p = close + 2;
  }
}

/** Every `<name>` element in [from, to), in order. */
export function* elements(xml: string, name: string, from = 0, to = xml.length): Generator<Element> {
  let p = from;
  for (;;) {
    const e = nextElement(xml, name, p, to);
    if (!e) return;
    yield e;
    p = e.end;
  }
}

interface RawAttribute {
  readonly name: string;
  /** As written, entities not decoded. */
  readonly raw: string;
}

/** The attributes of an open tag's attribute text, in order; stops at the first malformed one. */
function attributeList(attrs: string): RawAttribute[] {
  const out: RawAttribute[] = [];
  let i = 0;
  const n = attrs.length;
  while (i < n) {
    const eq = attrs.indexOf('=', i);
    if (eq < 0) break;
    let q = eq + 1;
    while (q < n && isSpace(attrs.charCodeAt(q))) q++;
    const quote = attrs[q];
    if (quote !== '"' && quote !== "'") break;
    const close = attrs.indexOf(quote, q + 1);
    if (close < 0) break;
    out.push({ name: attrs.slice(i, eq).trim(), raw: attrs.slice(q + 1, close) });
    i = close + 1;
  }
  return out;
}

/** Every attribute of an open tag's attribute text, decoded. */
export function attributes(attrs: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of attributeList(attrs)) out[a.name] = decodeXml(a.raw);
  return out;
}

/** One attribute's decoded value, or undefined. */
export function attribute(attrs: string, name: string): string | undefined {
  const raw = attributeList(attrs).find((a) => a.name === name)?.raw;
  return raw === undefined ? undefined : decodeXml(raw);
}

/**
 * An open tag's attribute text with some attributes set (null removes), the others kept in
 * their order and as written; new ones go at the end.
 */
export function withAttributes(attrs: string, changes: Readonly<Record<string, string | null>>): string {
  const list = attributeList(attrs);
  const out: string[] = [];
  for (const a of list) {
    if (!(a.name in changes)) out.push(` ${a.name}="${a.raw.replace(/"/g, '&quot;')}"`);
    else if (changes[a.name] !== null) out.push(` ${a.name}="${escapeXml(changes[a.name] as string)}"`);
  }
  for (const [name, value] of Object.entries(changes))
    if (value !== null && !list.some((a) => a.name === name)) out.push(` ${name}="${escapeXml(value)}"`);
  return out.join('');
}

/** Concatenated text of every `<t>` in [from, to), phonetic runs (`<rPh>`) left out. */
export function textRuns(xml: string, from = 0, to = xml.length): string {
  let out = '';
  let p = from;
  for (;;) {
    const e = nextElementOf(xml, TEXT_OR_PHONETIC, p, to);
    if (!e) break;
    if (e.name === 't') out += decodeText(xml.slice(e.inner, e.innerEnd));
    p = e.end;
  }
  return out;
}

const TEXT_OR_PHONETIC = ['t', 'rPh'];

/**
 * The part with its root's namespace written as the default one: `<x:worksheet xmlns:x="…/main">
 * <x:sheetData><x:row><x:c>` (a prefix is as valid as a default namespace, Namespaces in XML 1.0
 * §6) reads as `<worksheet xmlns="…/main"><sheetData><row><c>`. Every prefix the root binds to
 * its own namespace URI is dropped from element names (attributes are unqualified in
 * SpreadsheetML, so they stay as written). One pass; a part without such a prefix is returned as is.
 */
export function withDefaultNamespace(xml: string): string {
  try {
    return defaultNamespaced(xml);
  } catch (e) {
    // Broken markup: left as is, for the reader to refuse it where it reads it.
    if (e instanceof XmlError) return xml;
    throw e;
  }
}

function defaultNamespaced(xml: string): string {
  const lt = nextTag(xml, 0);
  if (lt < 0) return xml;
  const open = tagEnd(xml, lt + 1);
  if (open < 0) return xml;
  let nameEnd = lt + 1;
  while (nameEnd < open - 1 && !isSpace(xml.charCodeAt(nameEnd)) && xml.charCodeAt(nameEnd) !== 47) nameEnd++;
  const rootName = xml.slice(lt + 1, nameEnd);
  const selfClosing = xml.charCodeAt(open - 2) === 47;
  const rootAttrs = xml.slice(nameEnd, selfClosing ? open - 2 : open - 1);
  const declared = attributes(rootAttrs);
  const colon = rootName.indexOf(':');
  const uri = colon < 0 ? declared.xmlns : declared[`xmlns:${rootName.slice(0, colon)}`];
  const prefixes = Object.keys(declared)
    .filter((k) => k.startsWith('xmlns:') && declared[k] === uri)
    .map((k) => `${k.slice(6)}:`);
  if (uri === undefined || prefixes.length === 0) return xml;
  const local = colon < 0 ? rootName : rootName.slice(colon + 1);
  const parts = [xml.slice(0, lt), `<${local}${withAttributes(rootAttrs, { xmlns: uri })}${selfClosing ? '/>' : '>'}`];
  let copied = open;
  for (let p = open; ;) {
    const tag = nextTag(xml, p);
    if (tag < 0) break;
    const name = xml.charCodeAt(tag + 1) === 47 ? tag + 2 : tag + 1;
    const prefix = prefixes.find((x) => xml.startsWith(x, name));
    if (prefix !== undefined) {
      parts.push(xml.slice(copied, name));
      copied = name + prefix.length;
    }
    p = tag + 1;
  }
  parts.push(xml.slice(copied));
  return parts.join('');
}
