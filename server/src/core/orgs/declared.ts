/**
 * The short names a document declares for an organisation, and its later uses of them.
 *
 * Official writing names a body in full once and declares the short name it will use from then on:
 * 武汉市硚口区汉水桥街社区卫生服务中心（以下称“汉水中心”）, 宁波市医疗纠纷人民调解委员会（以下简称市医调委）.
 * From there on the short name is the document's own word for that body, and each use of it is a mention
 * of it (汉水中心今年完成监测3000次), though nothing in the short name itself may say it is an organisation.
 * The detectors read a paragraph at a time and find the declaration (context.ts); that the name holds
 * for the rest of the document is a fact about the document, applied here to its text.
 */
import type { OrgKind } from '../types';
import type { OrgMention } from './mention';
import { builtinLexicon, ForwardTrie, type Lexicon } from './lexicon';
import { declaresAt } from './context';
import { LEVEL_CHARS } from './resolve';

/**
 * Declared names shorter than this are not looked for again: a short name of two characters is a
 * generic word (中心, 考点, 本院) that the text also uses in its plain sense.
 */
export const MIN_DECLARED = 3;
/** Declared names a document may have; a text with more (a hostile one) has only its first looked for. */
const MAX_DECLARED = 256;

interface Declaration {
  /** Where the declaration ends: only uses after it are mentions. */
  readonly from: number;
  readonly orgKind: OrgKind;
}

/** The names a document declares, with a matcher for their uses. */
export class DeclaredNames {
  /** Made with the first name: most documents declare none, and a trie's tables take a while to make. */
  private trie: ForwardTrie | undefined;
  private readonly names = new Map<string, Declaration>();
  /** The longest declared name, in code units. */
  longest = 0;

  get size(): number {
    return this.names.size;
  }

  /** Records a declared name; the first declaration of a name holds. */
  add(name: string, from: number, orgKind: OrgKind): void {
    if (name.length < MIN_DECLARED || this.names.has(name) || this.names.size >= MAX_DECLARED) return;
    this.names.set(name, { from, orgKind });
    (this.trie ??= new ForwardTrie()).add(name);
    this.longest = Math.max(this.longest, name.length);
  }

  /**
   * The uses of the declared names that start in text[from, to), as mentions with offsets `base` + their
   * index in `text`, in order. Left out: a use before its declaration, one that overlaps a mention in
   * `taken` (sorted by start: the detectors' mentions, the declarations among them), one right after a
   * place's level (the end of a name the detectors did not find whole: 西宁市城中区医调委), and one that a suffix goes on from (汉水中心医院 names another body). Linear in the
   * text: a use is looked for at each offset, at most `longest` units far, and the scan goes on after
   * each use it finds.
   */
  usesIn(text: string, from: number, to: number, base: number, taken: readonly { start: number; end: number }[]): OrgMention[] {
    const out: OrgMention[] = [];
    const trie = this.trie;
    if (trie === undefined) return out;
    const lex = builtinLexicon();
    let t = 0;
    for (let i = from; i < to; ) {
      const length = trie.longestAt(text, i);
      if (length === 0) {
        i++;
        continue;
      }
      const start = base + i;
      const end = start + length;
      while (t < taken.length && taken[t].end <= start) t++;
      const name = text.slice(i, i + length);
      const declaration = this.names.get(name)!;
      const free = t === taken.length || taken[t].start >= end;
      if (free && start >= declaration.from && !LEVEL_CHARS.includes(text[i - 1]) && !suffixGoesOn(lex, text, i + length)) {
        out.push({ start, end, text: name, orgKind: declaration.orgKind });
        i += length;
      } else i++;
    }
    return out;
  }
}

/**
 * Whether a suffix starts at `at` (汉水中心|医院, 汉水中心|办公室) and is no word of its own that only starts
 * with one (汉水中心|部署, 汉水中心|科学).
 */
function suffixGoesOn(lex: Lexicon, text: string, at: number): boolean {
  const suffix = lex.suffixesForward.longestAt(text, at);
  return suffix > 0 && lex.blockAfter.longestAt(text, at) < suffix;
}

/**
 * The name a mention declares, or undefined: a mention that names the body before it (parenAlias) right after
 * a declaring word, and no standard short form. `source` is the document's text and [start, end) the
 * mention's range in it.
 */
export function declaredName(m: OrgMention, start: number, end: number, source: { slice(start: number, end: number): string }): string | undefined {
  // A standard short form (爱卫会, 医调委, 市卫健委) names a type of body, and the detectors know it: a
  // regulation declares it for every body of the type (各级爱国卫生运动委员会（以下简称爱卫会）), and a news
  // page uses it for other bodies of the type (首家专业性医调委). A coined name (汉水中心) is the document's own.
  if (!m.parenAlias || end - start < MIN_DECLARED || m.expanded !== undefined) return undefined;
  const lead = source.slice(Math.max(0, start - DECLARING_LEAD), start);
  return declaresAt(lead, lead.length) ? source.slice(start, end) : undefined;
}

/** The longest run of declaring words before a declared name: （以下简称为：“. */
const DECLARING_LEAD = 8;
