/** Lower case, no accents, no punctuation, single spaces: how headers and choices are compared. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’']/g, ' ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** A cell as the user typed it, for messages: trimmed and cut to a readable length. */
export function quoteCell(value: unknown): string {
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** `1` -> `A`, `28` -> `AB`. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
