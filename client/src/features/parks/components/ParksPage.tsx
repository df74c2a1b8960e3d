import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useChains, useParks } from '@/lib/reference-data';
import { formatMu } from '@shared/units';
import type { ReactNode } from 'react';

/** The city overview: every park with its one-line summary; `funnel` is the pipeline's, from the app. */
export function ParksPage({ funnel }: { funnel?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const parks = useParks();
  const chains = useChains();
  const en = !i18n.language.startsWith('zh');
  const lang = en ? 'en' : 'zh-CN';
  if (parks.isLoading) return <p>{t('loading')}</p>;
  if (parks.error) return <p className="error">{String(parks.error)}</p>;
  const chainName = (id: number) => {
    const c = chains.data?.find((x) => x.id === id);
    return c ? (en ? c.nameEn : c.name) : '';
  };
  return (
    <section>
      <h2>{t('parks.title')}</h2>
      <p className="muted small">{t('demoNotice')}</p>
      {funnel}
      <div className="park-grid" data-testid="park-list">
        {parks.data!.map((p) => {
          const s = p.summary;
          const vacant = s.byStatus.vacant?.areaMu ?? 0;
          const occ = s.unitAreaM2 ? Math.round((100 * s.unitLeasedM2) / s.unitAreaM2) : null;
          return (
            <article key={p.id} className="card park-card">
              <h3>{en ? p.nameEn || p.name : p.name}</h3>
              <p>
                {t('parks.dominant')}: {p.dominantChainIds.map(chainName).join('、') || '—'}
              </p>
              <p>
                {t('parks.land')} {formatMu(s.landTotalMu, lang)} · {t('parks.vacant')} {formatMu(vacant, lang)} ·{' '}
                {s.plotCount} {t('parks.plots')}
              </p>
              <p>
                {t('parks.factories')}: {occ === null ? '—' : `${occ}%`}
              </p>
              <Link to={`/map?park=${p.id}`}>{t('parks.open')}</Link>
            </article>
          );
        })}
      </div>
    </section>
  );
}
