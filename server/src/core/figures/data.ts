/** The figure words of server/data/units.json (schema: units.schema.json beside it), typed. */
import type { Approximation } from '../types';
import unitsData from '../../../data/units.json';

/** A measure word or unit. */
export interface MeasureWord {
  text: string;
  kind: 'money' | 'count' | 'quantity';
  unit?: string;
  chineseNumerals?: boolean;
  notFollowedBy?: string[];
  /** Words one of which must follow for the word to count (点 before 意见: 三点意见, not 三点 the hour). */
  onlyBefore?: string[];
  /** A noun counted without a measure word (三县, 五部门). */
  noun?: boolean;
}

/** A word that makes a number approximate, before it (约) or after it (以上). */
export interface ApproxWord {
  text: string;
  approx: Approximation;
  /** Characters before a one-character qualifier that make it part of another word (附近, 签约). */
  notPrecededBy?: string[];
  /** For a suffix: what it says after an exclusive mark (3天(不含)以上: more than 3 days). */
  exclusive?: Approximation;
}

export type Change = 'increase' | 'decrease';

export interface UnitsData {
  measureWords: MeasureWord[];
  notFigures: string[];
  qualifiers: ApproxWord[];
  approxSuffixes: ApproxWord[];
  changeWords: { text: string; change: Change }[];
  scopes: string[];
  rankVerbs: string[];
  moneyWords: string[];
  valueVerbs: string[];
  indicatorWords: string[];
  periodBefore: string[];
  lengthBefore: string[];
  periodAfter: string[];
  inclusionMarks: { inclusive: string[]; exclusive: string[] };
  levelWords: string[];
  frequencyPeriods: string[];
}

export const UNITS = unitsData as unknown as UnitsData;
