import type { Mu, SqM, Wan } from './types/common';

export type { Mu, SqM, Wan };

/** 1 亩 = 10000/15 m² exactly (the legal definition: 15 亩 = 1 公顷). */
export const M2_PER_MU = 10000 / 15;
/** 1 亿元 = 10,000 万元. */
export const WAN_PER_YI = 10000;

export const muToM2 = (mu: Mu): SqM => mu * M2_PER_MU;
export const m2ToMu = (m2: SqM): Mu => m2 / M2_PER_MU;
export const muToHa = (mu: Mu): number => mu / 15;
export const muToKm2 = (mu: Mu): number => muToM2(mu) / 1e6;
export const wanToYi = (wan: Wan): number => wan / WAN_PER_YI;
export const yiToWan = (yi: number): Wan => yi * WAN_PER_YI;
/** 万元 → yuan, for display in 元 (e.g. rents). */
export const wanToYuan = (wan: Wan): number => wan * 10000;
export const yuanToWan = (yuan: number): Wan => yuan / 10000;

export type Locale = 'zh-CN' | 'en';

function num(value: number, locale: Locale, maxFractionDigits: number): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    maximumFractionDigits: maxFractionDigits,
    minimumFractionDigits: 0,
  }).format(value);
}

/** "125.3 亩" / "125.3 mu". Non-finite values render as "—". */
export function formatMu(mu: Mu, locale: Locale = 'zh-CN', digits = 1): string {
  if (!Number.isFinite(mu)) return '—';
  return locale === 'en' ? `${num(mu, locale, digits)} mu` : `${num(mu, locale, digits)} 亩`;
}

export function formatM2(m2: SqM, locale: Locale = 'zh-CN', digits = 0): string {
  if (!Number.isFinite(m2)) return '—';
  return `${num(m2, locale, digits)} m²`;
}

/**
 * Money at the UI edge. Below `yiThreshold` 万元 (default 1 亿元) it is shown in 万元,
 * from there on in 亿元: "3,500 万元", "12.35 亿元" / "CNY 35 m" style is avoided on purpose:
 * the English UI keeps the Chinese units ("wan yuan", "100m yuan") so figures match documents.
 */
export function formatWan(wan: Wan, locale: Locale = 'zh-CN', yiThreshold: Wan = WAN_PER_YI): string {
  if (!Number.isFinite(wan)) return '—';
  if (Math.abs(wan) >= yiThreshold) {
    const yi = wanToYi(wan);
    return locale === 'en' ? `${num(yi, locale, 2)} yi yuan (100m CNY)` : `${num(yi, locale, 2)} 亿元`;
  }
  const digits = Math.abs(wan) < 10 ? 2 : Math.abs(wan) < 1000 ? 1 : 0;
  return locale === 'en' ? `${num(wan, locale, digits)} wan yuan (10k CNY)` : `${num(wan, locale, digits)} 万元`;
}

/** Short form for tables and map labels: "1.2亿" / "350万", "1.2 yi" / "350 wan". */
export function formatWanShort(wan: Wan, locale: Locale = 'zh-CN'): string {
  if (!Number.isFinite(wan)) return '—';
  if (Math.abs(wan) >= WAN_PER_YI)
    return locale === 'en' ? `${num(wanToYi(wan), locale, 2)} yi` : `${num(wanToYi(wan), locale, 2)}亿`;
  return locale === 'en' ? `${num(wan, locale, 0)} wan` : `${num(wan, locale, 0)}万`;
}

/** Per-mu figures, e.g. tax per mu: "12.5 万元/亩" / "12.5 wan yuan/mu". */
export function formatWanPerMu(value: Wan, locale: Locale = 'zh-CN', digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return locale === 'en' ? `${num(value, locale, digits)} wan yuan/mu` : `${num(value, locale, digits)} 万元/亩`;
}

/** A 0..1 share as a percentage: "70%". */
export function formatShare(share: number, locale: Locale = 'zh-CN', digits = 0): string {
  if (!Number.isFinite(share)) return '—';
  return `${num(share * 100, locale, digits)}%`;
}
