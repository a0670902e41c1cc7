import type { Passage, PassageKind } from '../model/facts';

/**
 * Splits a PDF-extracted document into passages: headings, paragraphs, tables and a table of contents.
 *
 * The five source texts come from different extractors, so the rules key on what is common to all of them:
 * - a line not ending a sentence (。！？；：…, or 。” and the like) continues on the next non-blank line, across the
 *   blank lines and page-break gaps the extractor leaves (000 and 003 are hard-wrapped; 001 breaks at page ends);
 *   a page number alone between the two halves stays in the passage's span but not in its text;
 * - a line indented by two or more spaces, a `——` bullet, a heading, a table or a TOC starts a new block;
 * - tab-separated lines are table rows; short lines between them are cells the extractor put on their own line;
 * - `表 N-N` titles (003) start a table that runs to the next chapter/section, since its rows carry no tabs and
 *   its cells look like headings (一、人口) and sentences;
 * - `目 录` starts a table of contents that runs while lines end in page numbers.
 *
 * Every non-blank character of `text` lies in exactly one passage; the text between passages is whitespace.
 */
export function splitIntoPassages(documentId: string, text: string): Passage[] {
  return new Splitter(documentId, text).run();
}

/** Heading levels, outermost first. A heading clears every deeper level. */
const LEVEL = { chapter: 1, section: 2, cnItem: 3, cnSubItem: 4, box: 5, numItem: 6, numSubItem: 7, tableTitle: 8 };

interface HeadingPattern {
  level: number;
  re: RegExp;
  /** A strong heading starts a block even after an unfinished sentence; a numbered item (1.) only after a finished one. */
  strong: boolean;
}

const CN_NUM = '[一二三四五六七八九十百零〇]+';
const HEADING_PATTERNS: readonly HeadingPattern[] = [
  { level: LEVEL.chapter, re: new RegExp(`^第(${CN_NUM}|\\d+)章`), strong: true },
  { level: LEVEL.chapter, re: /^(前\s*言|总体要求|附\s*件|结\s*语|\d{4}年工作(总结|计划))$/, strong: true },
  { level: LEVEL.section, re: new RegExp(`^第(${CN_NUM}|\\d+)节`), strong: true },
  { level: LEVEL.cnItem, re: /^[一二三四五六七八九十]+、/, strong: true },
  { level: LEVEL.cnSubItem, re: /^[（(]\s*[一二三四五六七八九十]+\s*[）)]/, strong: true },
  { level: LEVEL.box, re: /^专栏\s*\d+/, strong: true },
  { level: LEVEL.numItem, re: /^\d{1,2}\s*[.．、](?![\d.．])/, strong: false },
  { level: LEVEL.numSubItem, re: /^[（(]\d{1,2}[）)]/, strong: false },
];

/** Longer "headings" are numbered sentences, not titles. */
const MAX_HEADING_LENGTH = 80;
const MAX_TABLE_TITLE_LENGTH = 50;
/** A non-tab line inside a tab table is a cell only if it is this short (002 splits cells over lines). */
const MAX_TABLE_CELL_LINE_LENGTH = 60;
const MAX_TABLE_CELL_LINES = 8;

// A closing quote ends a sentence only after 。！？: wrapped lines often end inside a sentence on a quoted name
// (“跨区通办”).
const SENTENCE_END = /([。！？；：!?;:…]|[。！？!?][”’」』）)])$/;
const TOC_START = /^目\s*录$/;
const TOC_ENTRY = /(\t|[.…·]{2,}\s*\d*\s*$|\s\d{1,3}$|^[.…·\s]*\d+$)/;
const TEXT_TABLE_TITLE = /^表\s*\d+(\s*[-－—]\s*\d+)?\s/;
const NOT_A_TITLE_END = /[。；，：、,;:]$/;

interface Line {
  no: number;
  raw: string;
  trimmed: string;
  /** Offsets of the first and after the last non-whitespace character. */
  contentStart: number;
  contentEnd: number;
}

interface HeadingMatch {
  level: number;
  strong: boolean;
  /** The heading (up to and including the first 。), tidied. */
  title: string;
  /** True when the line goes on after the heading: "（一）标准大幅提高。全市城乡低保…" */
  hasBody: boolean;
}

class Splitter {
  private readonly lines: Line[];
  private readonly slug: string;
  private readonly path: (string | undefined)[] = [];
  private readonly passages: Passage[] = [];
  /** Line numbers of page numbers absorbed into paragraphs. */
  private readonly pageNumbers = new Set<number>();
  /** The table of contents without whitespace, to tell where a table title belongs. */
  private toc = '';

  constructor(
    private readonly documentId: string,
    text: string,
  ) {
    this.slug = documentId.replace(/^Document:/, '');
    this.lines = toLines(text);
  }

  run(): Passage[] {
    const { lines } = this;
    let previousEnded = true;
    let i = 0;
    while (i < lines.length) {
      const line = lines[i]!;
      if (line.trimmed === '') {
        i++;
        continue;
      }
      const t = line.trimmed;
      if (TOC_START.test(t)) {
        i = this.emitToc(i);
        previousEnded = true;
        continue;
      }
      if (TEXT_TABLE_TITLE.test(t)) {
        i = this.emitTextTable(i);
        previousEnded = true;
        continue;
      }
      if (hasTab(line)) {
        i = this.emitTabTable(i);
        previousEnded = true;
        continue;
      }
      const titleLines = this.tableTitleLines(i);
      if (titleLines > 0) {
        i = this.emitTitledTabTable(i, titleLines);
        previousEnded = true;
        continue;
      }
      const heading = matchHeading(t);
      if (heading && (heading.strong || previousEnded)) {
        if (!heading.hasBody) {
          i = this.emitHeading(i, heading);
          previousEnded = true;
          continue;
        }
        this.enter(heading.level, heading.title);
      }
      const { last, lastText } = this.paragraphEnd(i);
      const textLines = this.range(i, last).filter((l) => !this.pageNumbers.has(l.no));
      this.emit('PARAGRAPH', i, last, joinWrapped(textLines));
      previousEnded = SENTENCE_END.test(lines[lastText]!.trimmed);
      i = last + 1;
    }
    return this.passages;
  }

  private emitHeading(i: number, heading: HeadingMatch): number {
    let last = i;
    let title = heading.title;
    // 002 prints "第三章" and its title on separate lines.
    if (heading.level === LEVEL.chapter && /^第\S+章$/.test(title)) {
      const next = this.nextNonBlank(i + 1);
      const t = next === -1 ? '' : this.lines[next]!.trimmed;
      if (t !== '' && t.length <= 30 && !SENTENCE_END.test(t) && !matchHeading(t) && !hasTab(this.lines[next]!)) {
        title = `${title} ${tidy(t)}`;
        last = next;
      }
    }
    this.enter(heading.level, title);
    this.emit('HEADING', i, last, title);
    return last + 1;
  }

  private emitToc(i: number): number {
    let last = i;
    for (let j = i + 1; j < this.lines.length; j++) {
      const t = this.lines[j]!.trimmed;
      if (t === '') continue;
      if (!TOC_ENTRY.test(this.lines[j]!.raw)) break;
      last = j;
    }
    this.emit('TOC', i, last, tableText(this.range(i, last)));
    this.toc += this.range(i, last)
      .map((l) => l.trimmed)
      .join('')
      .replace(/\s+/g, '');
    return last + 1;
  }

  /** `表 1-1 …` (003): title, then rows without tabs up to the next chapter, section or box. */
  private emitTextTable(i: number): number {
    const title = tidy(this.lines[i]!.trimmed);
    const level = this.tableLevel(title);
    this.enter(level, title);
    this.emit('HEADING', i, i, title);
    let last = i;
    for (let j = i + 1; j < this.lines.length; j++) {
      const t = this.lines[j]!.trimmed;
      if (t === '') continue;
      const h = matchHeading(t);
      if (
        (h && h.level <= LEVEL.section) ||
        (h && h.level === LEVEL.box) ||
        TEXT_TABLE_TITLE.test(t) ||
        TOC_START.test(t)
      )
        break;
      last = j;
    }
    if (last > i) this.emit('TABLE', i + 1, last, tableText(this.range(i + 1, last)));
    this.leave(level);
    return last + 1;
  }

  private emitTitledTabTable(i: number, titleLines: number): number {
    const titleEnd = titleLines === 1 ? i : this.nextNonBlank(i + 1);
    const title = tidy(
      this.range(i, titleEnd)
        .map((l) => l.trimmed)
        .join(''),
    );
    const level = this.tableLevel(title);
    this.enter(level, title);
    this.emit('HEADING', i, titleEnd, title);
    const next = this.emitTabTable(this.nextNonBlank(titleEnd + 1));
    this.leave(level);
    return next;
  }

  /** A run of tab-separated lines, with the blank lines and short one-cell lines between them. */
  private emitTabTable(start: number): number {
    const { lines } = this;
    let last = start;
    let j = start + 1;
    while (j < lines.length) {
      const line = lines[j]!;
      if (line.trimmed === '') {
        j++;
        continue;
      }
      if (hasTab(line)) {
        last = j;
        j++;
        continue;
      }
      // Lines without a tab belong to the table only if they lead (over short lines) to another tab line,
      // or to the end of the file (002 ends inside its project table).
      let k = j;
      let cells = 0;
      let fits = true;
      let sentence = false;
      let lastCell = last;
      while (k < lines.length && !hasTab(lines[k]!)) {
        const t = lines[k]!.trimmed;
        if (t !== '') {
          if (t.length > MAX_TABLE_CELL_LINE_LENGTH || ++cells > MAX_TABLE_CELL_LINES || startsBlock(t)) {
            fits = false;
            break;
          }
          lastCell = k;
          sentence ||= SENTENCE_END.test(t);
        }
        k++;
      }
      // At the end of the file there is no next row to vouch for them: a finished sentence is prose.
      if (!fits || (k >= lines.length && sentence)) break;
      last = k < lines.length ? k : lastCell;
      j = k + 1;
    }
    this.emit('TABLE', start, last, tableText(this.range(start, last)));
    return last + 1;
  }

  /** 1 or 2 when line i (and the next) is a short title right above a tab table, else 0. */
  private tableTitleLines(i: number): number {
    if (!isTitleLike(this.lines[i]!)) return 0;
    const next = this.nextNonBlank(i + 1);
    if (next === -1) return 0;
    if (hasTab(this.lines[next]!)) return 1;
    if (!isTitleLike(this.lines[next]!)) return 0;
    const after = this.nextNonBlank(next + 1);
    return after !== -1 && hasTab(this.lines[after]!) ? 2 : 0;
  }

  /**
   * The last line of the paragraph starting at i (`last`) and its last line of text (`lastText`): unfinished
   * sentences continue on the next non-blank line. A page number printed alone between two lines (003:
   * "世界\n\n7\n\n排球联赛") is absorbed into the paragraph's span but left out of its text.
   */
  private paragraphEnd(i: number): { last: number; lastText: number } {
    let last = i;
    let lastText = i;
    for (;;) {
      const next = this.nextNonBlank(last + 1);
      if (next === -1) break;
      if (this.isPageNumber(next)) {
        this.pageNumbers.add(this.lines[next]!.no);
        last = next;
        continue;
      }
      if (SENTENCE_END.test(this.lines[lastText]!.trimmed) || this.startsBlockAt(next)) break;
      last = lastText = next;
    }
    return { last, lastText };
  }

  /** A line holding only a 1–3 digit number, followed by prose rather than by another number (a table column). */
  private isPageNumber(j: number): boolean {
    if (!/^\d{1,3}$/.test(this.lines[j]!.trimmed)) return false;
    const after = this.nextNonBlank(j + 1);
    return after !== -1 && !/^[\d.%]+$/.test(this.lines[after]!.trimmed) && !hasTab(this.lines[after]!);
  }

  private startsBlockAt(j: number): boolean {
    const line = this.lines[j]!;
    return hasTab(line) || /^( {2,}|\u3000)/.test(line.raw) || startsBlock(line.trimmed) || this.tableTitleLines(j) > 0;
  }

  private nextNonBlank(from: number): number {
    for (let j = from; j < this.lines.length; j++) if (this.lines[j]!.trimmed !== '') return j;
    return -1;
  }

  private range(first: number, last: number): Line[] {
    return this.lines.slice(first, last + 1).filter((l) => l.trimmed !== '');
  }

  /**
   * The level a table title takes. A table the table of contents lists (001's indicator tables and project
   * list) is an entry of its chapter, like the chapter's sections: it does not belong to the sub-item printed
   * just before it. Any other table sits under the heading it follows.
   */
  private tableLevel(title: string): number {
    const key = title.replace(/\s+/g, '');
    return key.length > 0 && this.toc.includes(key) ? LEVEL.section : LEVEL.tableTitle;
  }

  private enter(level: number, title: string): void {
    this.path.length = level;
    this.path[level] = title;
  }

  private leave(level: number): void {
    if (this.path.length > level) this.path.length = level;
  }

  private emit(kind: PassageKind, first: number, last: number, text: string): void {
    const a = this.lines[first]!;
    const b = this.lines[last]!;
    const ordinal = this.passages.length + 1;
    this.passages.push({
      id: `Passage:${this.slug}:${String(ordinal).padStart(4, '0')}`,
      documentId: this.documentId,
      ordinal,
      sectionPath: this.path.filter((p): p is string => p !== undefined),
      kind,
      text,
      startOffset: a.contentStart,
      endOffset: b.contentEnd,
      startLine: a.no,
      endLine: b.no,
    });
  }
}

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let no = 1;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ no, raw, trimmed, contentStart: start + lead, contentEnd: start + lead + trimmed.length });
    if (nl === -1) break;
    start = nl + 1;
    no++;
  }
  return lines;
}

function hasTab(line: Line): boolean {
  return line.trimmed !== '' && line.raw.includes('\t');
}

function matchHeading(trimmed: string): HeadingMatch | undefined {
  for (const p of HEADING_PATTERNS) {
    if (!p.re.test(trimmed)) continue;
    const stop = trimmed.indexOf('。');
    // "1.到 2025 年，新建城区…" is a numbered sentence wrapped onto the next line, not a title.
    if (!p.strong && stop === -1 && (trimmed.length > 20 || /[，,：:；;、]/.test(trimmed))) return undefined;
    const hasBody = stop !== -1 && stop < trimmed.length - 1;
    const raw = hasBody ? trimmed.slice(0, stop + 1) : trimmed;
    if (raw.length > MAX_HEADING_LENGTH) return undefined;
    return { level: p.level, strong: p.strong, title: tidy(raw), hasBody };
  }
  return undefined;
}

/** Lines that start a new block even after an unfinished sentence. */
function startsBlock(trimmed: string): boolean {
  if (trimmed.startsWith('——') || TOC_START.test(trimmed) || TEXT_TABLE_TITLE.test(trimmed)) return true;
  const h = matchHeading(trimmed);
  return h !== undefined && h.strong;
}

function isTitleLike(line: Line): boolean {
  const t = line.trimmed;
  return (
    t.length >= 2 &&
    t.length <= MAX_TABLE_TITLE_LENGTH &&
    !hasTab(line) &&
    !NOT_A_TITLE_END.test(t) &&
    !SENTENCE_END.test(t) &&
    !startsBlock(t) &&
    !matchHeading(t)
  );
}

// Han, CJK and full-width punctuation, and the general punctuation Chinese text uses (“”‘’—…·).
const CJK = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u2014\\u2018-\\u201D\\u2026\\u00B7';
const SPACE_BEFORE_CJK = new RegExp(` (?=[${CJK}])`, 'g');
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}]) `, 'g');
const MARKER = new RegExp(`^(第(?:${CN_NUM}|\\d+)[章节]|表\\s*\\d+(?:\\s*[-－—]\\s*\\d+)?)\\s*(.*)$`);

/**
 * Collapses whitespace and drops the spaces PDF extraction leaves next to Chinese characters ("达 6.6 亿元",
 * "“十四五” 时期"); spaces between Latin letters or digits stay. A chapter or table marker (第四章, 表 1-1)
 * keeps one space after it.
 */
export function tidy(s: string): string {
  const marker = MARKER.exec(s.trim());
  if (marker) {
    const head = marker[1]!.replace(/\s+/g, '');
    const rest = tidy(marker[2]!);
    return rest === '' ? head : `${head} ${rest}`;
  }
  return s.replace(/\s+/g, ' ').trim().replace(SPACE_BEFORE_CJK, '').replace(SPACE_AFTER_CJK, '');
}

/** Joins hard-wrapped lines: no separator between Chinese characters, one space between two Latin words. */
function joinWrapped(lines: readonly Line[]): string {
  let out = '';
  for (const l of lines) {
    if (out !== '' && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(l.trimmed)) out += ' ';
    out += l.trimmed;
  }
  return tidy(out);
}

/** Tables and TOCs keep one line per row and their tabs as cell separators. */
function tableText(lines: readonly Line[]): string {
  return lines.map((l) => l.raw.replace(/^[ \u3000]+/, '').trimEnd()).join('\n');
}
