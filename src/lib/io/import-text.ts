/**
 * Plain text or Markdown → a record with no annotations yet (drafting adds them). Shaped on the
 * pages archives publish: page debris ("Skip to content", empty "Record ID" labels, obfuscated
 * e-mails) is stripped; the lines before the body (date line, title, support, addressees) become
 * `front`, the body paragraphs are kept verbatim, and what follows (signatories, time line, the
 * archive's summary, the "Document Information" citation block, rights) becomes `back` and
 * metadata. Every assumption is reported in `notes`.
 */
import { validateRecord } from '../model/validate.ts';
import type { ArchivalRecord, Paragraph, Part } from '../model/types.ts';
import { looksLikeDateOrTime, parseDateWords } from './date-words.ts';
import { guard, problem, type RecordImport } from './import-result.ts';
import { slug, uniqueSlug } from './slug.ts';

/** Metadata the text may not hold; given values win over what the text says. */
export type RecordMeta = Partial<
  Pick<ArchivalRecord, 'id' | 'title' | 'date' | 'archive' | 'collection' | 'genre' | 'citation' | 'rights' | 'language' | 'support'>
>;

export interface TextImportOptions {
  format?: 'text' | 'markdown';
  meta?: RecordMeta;
}

interface Block {
  text: string;
  /** 1-based line of the block's first line in the file */
  line: number;
  heading: boolean;
}

/** Words the obfuscated address is replaced by: never invent an address. */
export const EMAIL_NOTE = '[e-mail address not preserved in the source]';
export const NOT_STATED = 'not stated in the source';

const DEBRIS = /^(?:skip to (?:main )?content|menu|search|back to top|print|share|download(?: pdf)?|cite|close|toggle navigation|home)$/i;
/** Labels of an archive page's metadata table, with what a filled value looks like. */
const LABELS: Record<string, RegExp> = {
  'record id': /^(?=.*\d)[0-9A-Za-z-]{1,20}$/,
  'original uploaded date': /\d{4}/,
  'original archive': /^.{3,200}$/,
  'original language': /^[A-Z][a-z]+(?:,? [A-Z][a-z]+)*$/,
  'document information': /./,
};
const GENRES = /^(?:minutes|memorandum|record|report|telegram|cable|letter|note|speech|diary|transcript|notes|summary|conversation|interview|directive|resolution|statement)\b.{0,60}$/i;
const OBFUSCATED_EMAIL = /\[email(?:\s|\u00a0|&nbsp;)protected\]/gi;
const SENTENCE_END = /[.!?…"”’)\]]$/;

/** Markdown inline marks → plain text; translators' [insertions] stay. */
function unmark(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^)\s]+)(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1')
    .replace(/\\([[\]\\`*_{}()#+\-.!])/g, '$1');
}

function blocksOf(text: string, markdown: boolean): Block[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: Block[] = [];
  let cur: string[] = [];
  let start = 0;
  const flush = () => {
    if (cur.length) out.push({ text: cur.join(' '), line: start, heading: false });
    cur = [];
  };
  let inComment = false;
  lines.forEach((raw, i) => {
    let line = raw.trim();
    if (markdown) {
      if (inComment) {
        if (line.includes('-->')) inComment = false;
        return;
      }
      if (line.startsWith('<!--')) {
        if (!line.includes('-->')) inComment = true;
        return;
      }
      if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(line)) return flush();
      const h = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
      if (h) {
        flush();
        out.push({ text: unmark(h[1]!), line: i + 1, heading: true });
        return;
      }
      line = unmark(line.replace(/^>\s?/, '').replace(/^(?:[-*+]|\d+[.)])\s+/, ''));
    }
    if (!line) return flush();
    if (!cur.length) start = i + 1;
    cur.push(line);
  });
  flush();
  return out;
}

const isProse = (s: string) => SENTENCE_END.test(s) && s.split(/\s+/).length >= 6;
/** "Yang Yong and Hao Deqing": capitalised names joined by "and" or commas, nothing else. */
const isNames = (s: string) =>
  s.length <= 120 && /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*(?:(?:,| and|, and) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)+$/u.test(s);
/** What ends the body: a signature (names or an office), a time line, a page label — a short line that is no sentence. */
const isClosing = (b: Block) =>
  !isProse(b.text) && (isNames(b.text) || looksLikeDateOrTime(b.text) || b.text.toLowerCase() in LABELS || (b.text.length <= 80 && !/[:.!?;,]$/.test(b.text)));

/** "PRC FMA 106-01479-08, 85-88. Obtained by Shen Zhihua and translated by A and B." */
export function parseCitationBlock(text: string): { citation: string; obtainedBy: string[]; translatedBy: string[] } | null {
  const at = text.search(/\.\s+(?:Obtained|Translated|Contributed|Donated)\b/i);
  if (at < 0) return null;
  const names = (s: string | undefined) =>
    (s ?? '').split(/,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
  // a name may hold initials ("A. B. Smith"): only a full stop before a word of 3+ letters ends it
  const obtained = /\b[Oo]btained (?:for [A-Z]+ )?by (.+?)(?:,? and [Tt]ranslated by|\.\s+(?=\p{Lu}\p{Ll}{2,})|\.?$)/u.exec(text)?.[1];
  const translated = /\btranslated by (.+?)\.?$/i.exec(text)?.[1];
  return { citation: text.slice(0, at).trim(), obtainedBy: names(obtained), translatedBy: names(translated) };
}

export function importText(text: string, file: string, opts: TextImportOptions = {}): RecordImport {
  return guard(file, () => {
    const markdown = opts.format === 'markdown' || /\.(?:md|markdown)$/i.test(file);
    const notes: string[] = [];
    const blocks: Block[] = [];
    for (const b of blocksOf(text, markdown)) {
      if (DEBRIS.test(b.text)) {
        notes.push(`line ${b.line}: dropped page debris “${b.text}”`);
        continue;
      }
      if (OBFUSCATED_EMAIL.test(b.text)) {
        notes.push(`line ${b.line}: an obfuscated e-mail address was replaced by “${EMAIL_NOTE}”`);
        b.text = b.text.replace(OBFUSCATED_EMAIL, EMAIL_NOTE);
      }
      OBFUSCATED_EMAIL.lastIndex = 0;
      blocks.push(b);
    }
    if (!blocks.some((b) => !b.heading)) return problem(file, '(file)', 'holds no text; a record needs at least one paragraph');

    // The body: from the first prose paragraph to the first closing block (signatures, a time line,
    // a metadata label). Markdown headings before it are front matter.
    let first = blocks.findIndex((b) => !b.heading && isProse(b.text));
    if (first < 0) first = blocks.findIndex((b) => !b.heading);
    let last = first;
    while (last + 1 < blocks.length && !blocks[last + 1]!.heading && !isClosing(blocks[last + 1]!)) last++;
    // Without a closing block (a bare text), every later block is body text.
    const frontBlocks = blocks.slice(0, first);
    const bodyBlocks = blocks.slice(first, last + 1);
    const backBlocks = blocks.slice(last + 1);

    const meta: { date?: string; support?: string; collection?: string; genre?: string } = {};
    const ids = new Set<string>();
    const part = (label: string, text: string, id = slug(label)): Part => ({ id: uniqueSlug(id, ids), label, text });

    const front: Part[] = [];
    let heading: string | undefined;
    for (const b of frontBlocks) {
      const support = /^This (?:document|record|translation) was made possible (?:with|by) (?:the )?(?:generous )?support (?:from|of) (?:the )?(.+?)\.?$/i.exec(b.text);
      if (b.heading && !heading) {
        heading = b.text;
        front.push(part('title', b.text));
      } else if (!meta.date && parseDateWords(b.text)) {
        meta.date = parseDateWords(b.text)!;
        front.push(part('date line', b.text));
      } else if (support) {
        meta.support = support[1];
        front.push(part('support', b.text));
      } else if (/^\[?To\]?\s/.test(b.text) || b.text.endsWith(':')) {
        front.push(part('addressees', b.text));
      } else if (!heading) {
        heading = b.text;
        front.push(part('title', b.text));
      } else {
        front.push(part('front matter', b.text));
      }
    }

    ids.add('p'); // body ids are p1…pn
    const paragraphs: Paragraph[] = bodyBlocks.map((b, i) => ({ id: `p${i + 1}`, n: i + 1, text: b.text }));
    for (const p of paragraphs) ids.add(p.id);

    const back: Part[] = [];
    const rights: string[] = [];
    let cited: ReturnType<typeof parseCitationBlock> = null;
    for (let i = 0; i < backBlocks.length; i++) {
      const b = backBlocks[i]!;
      const key = b.text.toLowerCase();
      if (key === 'document information') {
        const next = backBlocks[i + 1];
        const cite = next && parseCitationBlock(next.text);
        if (next && cite) {
          cited = cite;
          back.push(part('document information', next.text));
          i++;
        }
        continue;
      }
      if (key in LABELS) {
        const next = backBlocks[i + 1];
        if (next && LABELS[key]!.test(next.text) && !(next.text.toLowerCase() in LABELS)) {
          if (key === 'original archive') meta.collection = next.text;
          notes.push(`line ${b.line}: “${b.text}” is “${next.text}”`);
          i++;
        } else {
          notes.push(`line ${b.line}: dropped the empty page label “${b.text}”`);
        }
        continue;
      }
      if (/\b(?:copyright|rights|permission|reuse)\b/i.test(b.text) && isProse(b.text)) {
        rights.push(b.text);
        continue;
      }
      const cite = parseCitationBlock(b.text);
      if (cite && !cited) {
        cited = cite;
        back.push(part('document information', b.text));
        continue;
      }
      if (rights.length || cited) {
        // the page's metadata tail: a genre word, a repeated funder
        if (!meta.genre && GENRES.test(b.text) && !isProse(b.text)) {
          meta.genre = b.text;
          notes.push(`line ${b.line}: “${b.text}” read as the record's genre`);
        } else if (b.text === meta.support) {
          notes.push(`line ${b.line}: dropped “${b.text}”, a repeat of the support line`);
        } else {
          back.push(part('back matter', b.text));
        }
        continue;
      }
      const signed = back.some((p) => p.label === 'signatories');
      // the line that closes the body is its signature, whether names or an office
      if (!signed && !looksLikeDateOrTime(b.text) && (isNames(b.text) || (i === 0 && isClosing(b)))) back.push(part('signatories', b.text));
      else if (looksLikeDateOrTime(b.text)) back.push(part('time line', b.text));
      else if (isProse(b.text) && !back.some((p) => p.label === 'archive summary')) back.push(part('archive summary', b.text, 'summary'));
      else back.push(part('back matter', b.text));
    }

    const given = opts.meta ?? {};
    const citation = given.citation ?? cited?.citation;
    const title = given.title ?? heading;
    const date = given.date ?? meta.date;
    if (!date) {
      return problem(file, 'date', 'was not found: no line of the text is a date such as "October 29, 1965"; add a date line above the title, or give the date (EDTF, e.g. 1965-10-29)');
    }
    if (!title) return problem(file, 'title', 'was not found; start the text with its title, or give one');
    const baseName = file.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
    const id = given.id ?? slug(citation ? citation.split(',')[0]! : baseName, 'record');
    const archive =
      given.archive ??
      (rights.some((r) => /History and Public Policy Program/.test(r) && /Digital Archive/.test(r)) ? 'Wilson Center Digital Archive' : undefined);
    if (!archive) notes.push(`archive: ${NOT_STATED}; fill it in`);
    if (!citation) notes.push(`citation: ${NOT_STATED}; fill it in`);
    if (!rights.length && !given.rights) notes.push(`rights: ${NOT_STATED}; fill them in`);

    const record: ArchivalRecord = {
      id,
      title,
      date,
      archive: archive ?? NOT_STATED,
      ...(given.collection ?? meta.collection ? { collection: given.collection ?? meta.collection } : {}),
      ...(given.genre ?? meta.genre ? { genre: given.genre ?? meta.genre } : {}),
      citation: citation ?? NOT_STATED,
      obtainedBy: cited?.obtainedBy ?? [],
      translatedBy: cited?.translatedBy ?? [],
      ...(given.support ?? meta.support ? { support: given.support ?? meta.support } : {}),
      rights: given.rights ?? (rights.length ? rights.join('\n\n') : NOT_STATED),
      ...(given.language ? { language: given.language } : {}),
      front,
      paragraphs,
      back,
      places: [],
      events: [],
    };
    const checked = validateRecord(record, file);
    return checked.ok ? { ok: true, value: checked.record, notes } : checked;
  });
}
