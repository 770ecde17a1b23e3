/** DOM helpers: every user string goes through textContent, never innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} manquant`);
  return node as T;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/**
 * Whether a link read from the sheets (Dossier, Lien, URL…) may be clickable: only `https:`/`http:`,
 * and in the preview a `file:` inside the preview's own "Drive" folder (`fileRoot`, ending in `/`).
 * Anything else — `javascript:`, `data:`, a file elsewhere — is shown as text (docs/architecture.md, Preview).
 */
export function isSafeLink(url: string, fileRoot: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return true;
  return parsed.protocol === 'file:' && fileRoot !== null && fileRoot.endsWith('/') && parsed.href.startsWith(fileRoot);
}

/** The preview's "Drive" folder as a `file:` URL, set by its server beside the bridge; null on Google. */
function previewFileRoot(): string | null {
  const root = (window as unknown as { __citegoFileRoot?: unknown }).__citegoFileRoot;
  return typeof root === 'string' ? root : null;
}

/** A link opened in a new tab, or its text alone when the address is not a safe one (see isSafeLink). */
export function link(url: string, text: string): HTMLAnchorElement | HTMLSpanElement {
  if (!isSafeLink(url, previewFileRoot())) return el('span', { class: 'unsafe-link', title: url }, text);
  return el('a', { href: url, target: '_blank', rel: 'noopener' }, text);
}
