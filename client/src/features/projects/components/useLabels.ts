import { useTranslation } from 'react-i18next';
import { useChains, useIndustries, useJurisdictions } from '@/lib/reference-data';
import type { Locale } from '@shared/units';

/** Names of counties, industries and chain links in the user's language. */
export function useLabels() {
  const { t, i18n } = useTranslation('projects');
  const en = !i18n.language.startsWith('zh');
  const lang: Locale = en ? 'en' : 'zh-CN';
  const js = useJurisdictions();
  const inds = useIndustries();
  const chains = useChains();
  const pick = (x: { name: string; nameEn: string } | undefined) => (x ? (en ? x.nameEn || x.name : x.name) : '—');
  const links = (chains.data ?? []).flatMap((c) => c.links);
  return {
    t,
    lang,
    en,
    ready: !!(js.data && inds.data && chains.data),
    jurisdictions: js.data ?? [],
    industries: inds.data ?? [],
    chains: chains.data ?? [],
    county: (id: number) => pick(js.data?.find((j) => j.id === id)),
    industry: (id: number) => pick(inds.data?.find((i) => i.id === id)),
    link: (id: number | null) => (id == null ? '—' : pick(links.find((l) => l.id === id))),
    stage: (s: string) => t(`common:stage.${s}`),
  };
}
