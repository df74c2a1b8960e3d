import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatM2, formatMu, formatShare, formatWan, formatWanShort, type Locale } from '@shared/units';

/** Locale-bound formatters for this feature: every figure goes through shared/units. */
export function useFmt() {
  const { t, i18n } = useTranslation('scenarios');
  const locale: Locale = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';
  const en = locale === 'en';
  return useMemo(() => {
    const nf = (d: number) => new Intl.NumberFormat(en ? 'en-US' : 'zh-CN', { maximumFractionDigits: d });
    return {
      t,
      locale,
      en,
      mu: (v: number, digits = 1) => formatMu(v, locale, digits),
      m2: (v: number) => formatM2(v, locale),
      // English keeps the Chinese units (as shared/units does) without the long gloss, so tables stay narrow.
      // null: a figure withheld from a viewer.
      wan: (v: number | null) =>
        v === null ? '—' : en ? formatWan(v, locale).replace(/ \((100m|10k) CNY\)$/, '') : formatWan(v, locale),
      wanShort: (v: number | null) => (v === null ? '—' : formatWanShort(v, locale)),
      share: (v: number | null | undefined, digits = 1) => (v == null ? '—' : formatShare(v, locale, digits)),
      int: (v: number) => nf(0).format(v),
      dec: (v: number, d = 2) => nf(d).format(v),
      signed: (s: string, v: number) => (v > 0 ? '+' + s : s),
      date: (iso: string | null) =>
        iso ? new Date(iso).toLocaleString(en ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }) : '—',
    };
  }, [t, locale, en]);
}
export type Fmt = ReturnType<typeof useFmt>;
