import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJurisdictions } from '@/lib/reference-data';
import { AgreementsTab } from './AgreementsTab';
import { LeasesTab } from './LeasesTab';
import { ReviewTab } from './ReviewTab';
import { FlagsTab } from './FlagsTab';
import './afterdeal.css';

const TABS = ['agreements', 'leases', 'review', 'flags'] as const;
type Tab = (typeof TABS)[number];

/** After the deal: agreements against filings, leases ending, the yearly 亩均 review, land that comes back. */
export function AfterDealPage() {
  const { t, i18n } = useTranslation('afterdeal');
  const en = !i18n.language.startsWith('zh');
  const initial = (new URLSearchParams(window.location.search).get('tab') as Tab) ?? 'agreements';
  const [tab, setTab] = useState<Tab>(TABS.includes(initial) ? initial : 'agreements');
  const counties = (useJurisdictions().data ?? []).filter((j) => j.kind !== 'city');
  const [county, setCounty] = useState<number | undefined>(undefined);
  // The review is a county's own: it needs one county; the first is picked until the user chooses.
  const reviewCounty = county ?? counties[0]?.id;
  return (
    <section className="afd-page">
      <div className="afd-head">
        <h2>{t('title')}</h2>
        <label>
          {t('county')}{' '}
          <select
            value={county ?? ''}
            onChange={(e) => setCounty(e.target.value ? Number(e.target.value) : undefined)}
            data-testid="afd-county"
          >
            {tab !== 'review' && <option value="">{t('allCounties')}</option>}
            {counties.map((j) => (
              <option key={j.id} value={j.id}>
                {en ? j.nameEn || j.name : j.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="afd-tabs" role="tablist">
        {TABS.map((k) => (
          <button
            key={k}
            role="tab"
            aria-selected={tab === k}
            className={tab === k ? 'active' : ''}
            onClick={() => setTab(k)}
            data-testid={`afd-tab-${k}`}
          >
            {t(`tabs.${k}`)}
          </button>
        ))}
      </div>
      {tab === 'agreements' && <AgreementsTab jurisdictionId={county} />}
      {tab === 'leases' && <LeasesTab jurisdictionId={county} />}
      {tab === 'review' && reviewCounty && <ReviewTab jurisdictionId={reviewCounty} />}
      {tab === 'flags' && <FlagsTab jurisdictionId={county} />}
    </section>
  );
}
