/** Writing XML as text: escaping, attributes, and ids that are valid xml:id (NCName) values. */

// Characters XML 1.0 forbids outright (C0 controls other than tab, LF, CR).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escText(s: string): string {
  return s.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escAttr(s: string): string {
  // \n and \t in attributes would be normalised to spaces by any parser: keep them as references
  return escText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;').replace(/\r/g, '&#13;');
}

/** ` a="x" b="y"`, skipping undefined values, in the order given. */
export function attrs(list: Record<string, string | number | undefined | null>): string {
  let out = '';
  for (const [k, v] of Object.entries(list)) if (v !== undefined && v !== null) out += ` ${k}="${escAttr(String(v))}"`;
  return out;
}

/** Record ids may start with a digit, which xml:id may not: such ids get a leading "_". */
export function toXmlId(id: string): string {
  return /^[A-Za-z_]/.test(id) ? id : `_${id}`;
}

export function fromXmlId(xmlId: string): string {
  return /^_[0-9]/.test(xmlId) ? xmlId.slice(1) : xmlId;
}
