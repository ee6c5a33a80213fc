/** Names of the categories and kinds the core uses, as users read them (localised). */
import type { FigureKind, OrgKind, TermCategory } from '../core/types';
import { t } from '../l10n';

export const CATEGORY_LABEL: Record<TermCategory, () => string> = {
  'medical-reform': () => t('medical reform'),
  'public-health': () => t('public health'),
  'maternal-child': () => t('maternal and child health'),
  'elderly-care': () => t('elderly care'),
  tcm: () => t('traditional Chinese medicine'),
  'party-building': () => t('party building'),
  governance: () => t('governance'),
  'finance-insurance': () => t('finance and insurance'),
  workforce: () => t('workforce'),
  'digital-health': () => t('digital health'),
  population: () => t('population'),
  other: () => t('other'),
};

export const ORG_KIND_LABEL: Record<OrgKind, () => string> = {
  government: () => t('government body'),
  party: () => t('party organisation'),
  hospital: () => t('hospital'),
  'health-institution': () => t('health institution'),
  university: () => t('university'),
  company: () => t('company'),
  media: () => t('media'),
  association: () => t('association'),
  other: () => t('organisation'),
};

export const FIGURE_KIND_LABEL: Record<FigureKind, () => string> = {
  money: () => t('money'),
  count: () => t('count'),
  percent: () => t('percentage'),
  'percentage-point': () => t('percentage points'),
  rate: () => t('rate'),
  date: () => t('date'),
  period: () => t('period'),
  range: () => t('range'),
  rank: () => t('rank'),
  quantity: () => t('quantity'),
};
