/** Names of the categories and kinds the core uses, as users read them (localised). */
import type { FigureKind, OrgKind, TermCategory } from '../../core/types';
import type { L10n } from '../../core/l10n';

type Label = (t: L10n['t']) => string;

export const CATEGORY_LABEL: Record<TermCategory, Label> = {
  'medical-reform': (t) => t('medical reform'),
  'public-health': (t) => t('public health'),
  'maternal-child': (t) => t('maternal and child health'),
  'elderly-care': (t) => t('elderly care'),
  tcm: (t) => t('traditional Chinese medicine'),
  'party-building': (t) => t('party building'),
  governance: (t) => t('governance'),
  'finance-insurance': (t) => t('finance and insurance'),
  workforce: (t) => t('workforce'),
  'digital-health': (t) => t('digital health'),
  population: (t) => t('population'),
  other: (t) => t('other'),
};

export const ORG_KIND_LABEL: Record<OrgKind, Label> = {
  government: (t) => t('government body'),
  party: (t) => t('party organisation'),
  hospital: (t) => t('hospital'),
  'health-institution': (t) => t('health institution'),
  // (The kind holds schools too: 中学, 小学, 幼儿园, 卫生学校.)
  university: (t) => t('school or university'),
  company: (t) => t('company'),
  media: (t) => t('media'),
  association: (t) => t('association'),
  other: (t) => t('organisation'),
};

export const FIGURE_KIND_LABEL: Record<FigureKind, Label> = {
  money: (t) => t('money'),
  count: (t) => t('count'),
  percent: (t) => t('percentage'),
  'percentage-point': (t) => t('percentage points'),
  rate: (t) => t('rate'),
  date: (t) => t('date'),
  period: (t) => t('period'),
  range: (t) => t('range'),
  rank: (t) => t('rank'),
  quantity: (t) => t('quantity'),
};
