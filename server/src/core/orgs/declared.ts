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
import { builtinLexicon, ForwardTrie, NameMemo, type Lexicon } from './lexicon';
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

/**
 * Words before a declared name that make it another body of its kind, or the kind itself: 其他省份医调委, 各医调委,
 * 首家专业性医调委, 其他县(市、区)医调委 (the document's own body is the one it named).
 */
const OTHERS_BEFORE = ['其他', '其它', '各', '首家', '一家', '每家', '多家', '此类', '这类', '专业性', '省份', '地市', '兄弟', '外地', '外省', '区)', '区）'];

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
   * place's level (the end of a name the detectors did not find whole: 西宁市城中区医调委), one after a word that makes it another body of its kind (OTHERS_BEFORE), and one that a suffix goes on from (汉水中心医院 names another body). Linear in the
   * text: a use is looked for at each offset, at most `longest` units far, and the scan goes on after
   * each use it finds.
   */
  usesIn(text: string, from: number, to: number, base: number, taken: readonly { start: number; end: number }[]): OrgMention[] {
    const out: OrgMention[] = [];
    const trie = this.trie;
    if (trie === undefined) return out;
    const lex = builtinLexicon();
    // The first mention that ends after the range starts: a range of a long text is read without walking the
    // mentions before it.
    let t = 0;
    for (let hi = taken.length; t < hi; ) {
      const mid = (t + hi) >>> 1;
      if (taken[mid].end <= base + from) t = mid + 1;
      else hi = mid;
    }
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
      if (free && start >= declaration.from && !LEVEL_CHARS.includes(text[i - 1]) && !suffixGoesOn(lex, text, i + length) && !OTHERS_BEFORE.some((w) => text.startsWith(w, i - w.length))) {
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

/**
 * What a hospital's own name may not hold: the words of a type of hospital (结核病, 胸科, 妇产, 康复, 老年), of a
 * kind of care or body (医, 药, 保健, 社区, 中心), of an industry's hospitals (铁路, 油田, 体育) and of a number
 * (第三). 朝阳区胸科医院 is a place's hospital of a kind, and 胸科医院 alone names the kind (the guidelines'
 * 肿瘤医院); 朝阳区垂杨柳医院 is the hospital named 垂杨柳.
 */
const TYPE_WORD = /[科病症医疗药癌妇婴儿童老幼残眼耳牙骨脑胸肺肝肾血心第矿]|铁路|油田|石油|石化|电力|钢铁|林业|农垦|航天|交通|体育|口腔|肿瘤|皮肤|精神|康复|护理|保健|养老|康养|社区|乡镇|街道|中心|人民|职工|传染|感染|结核|急救|整形|美容|生殖|体检|健康|民族|中西|部队|武警|军|大学|学院|附属|分|总|红十字|慈善|公立|民营|私立|综合|专|门诊|卫生|和/;

/**
 * The short name a hospital's full name implies for the rest of the document: the name without its places
 * (北京市朝阳区垂杨柳医院 → 垂杨柳医院, 海淀区上地医院 → 上地医院). A district's and a county's hospitals are named
 * after a street, a village or a founder; once the report has named one with its place, it calls it by that
 * name alone, which nothing around it marks as a name (a hospital's suffix needs a place before it). Only a
 * name of its own of two to four characters (no type of hospital: TYPE_WORD; no word the detector stops at or
 * reads as a modifier) makes one; standard short forms and parenthesised aliases are the detectors' own.
 */
export function impliedName(m: OrgMention, lex: Lexicon = builtinLexicon()): string | undefined {
  if (m.orgKind !== 'hospital' || m.parenAlias || m.expanded !== undefined) return undefined;
  // The same names come back all through a report: each is read once.
  return IMPLIED.of(lex)(m.text);
}

/** The implied names of hospitals' full names, per lexicon, across documents. */
const IMPLIED = new NameMemo(readImpliedName);

function readImpliedName(lex: Lexicon, t: string): string | undefined {
  let i = 0;
  for (let length; i < t.length && (length = lex.placeForms.longestAt(t, i)) > 0; ) i += length;
  if (i === 0) return undefined;
  const rest = t.slice(i);
  const suffix = lex.suffixes.longest(rest, rest.length);
  if (suffix === undefined || suffix.info.known || suffix.info.numeral || suffix.info.kind !== 'hospital' || !suffix.info.anchored) return undefined;
  const core = rest.slice(0, rest.length - suffix.length);
  if (!OWN_NAME.test(core) || TYPE_WORD.test(core)) return undefined;
  for (let end = 1; end <= core.length; end++) {
    let plain = true;
    lex.words.each(core, end, (_length, w) => {
      if (w.stop || w.generic || w.determiner || w.place || w.openLevel || w.connector) plain = false;
    });
    if (!plain) return undefined;
  }
  return rest;
}

/** A hospital's name of its own: two to four Han characters. */
const OWN_NAME = /^[\u4e00-\u9fff]{2,4}$/;
