import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatM2, formatMu, formatShare, formatWan, formatWanPerMu, type Locale } from '@shared/units';

/** Locale-bound formatters and translators for the map: every figure goes through shared/units. */
export function useFmt() {
  const { t, i18n } = useTranslation('map');
  const locale: Locale = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';
  const en = locale === 'en';
  // One object per language, so components can list it in memo dependencies.
  return useMemo(
    () => ({
      t,
      locale,
      en,
      mu: (v: number, digits = 1) => formatMu(v, locale, digits),
      m2: (v: number) => formatM2(v, locale),
      wan: (v: number) => formatWan(v, locale),
      wanPerMu: (v: number) => formatWanPerMu(v, locale),
      share: (v: number, digits = 0) => formatShare(v, locale, digits),
      dec: (v: number, digits = 1) =>
        new Intl.NumberFormat(en ? 'en-US' : 'zh-CN', { maximumFractionDigits: digits }).format(v),
      int: (v: number) => new Intl.NumberFormat(en ? 'en-US' : 'zh-CN', { maximumFractionDigits: 0 }).format(v),
      status: (s: string) => t(`status.${s}`, { ns: 'common' }),
      name: (o: { name: string; nameEn?: string | null }) => (en ? o.nameEn || o.name : o.name),
    }),
    [t, locale, en],
  );
}
export type Fmt = ReturnType<typeof useFmt>;
