import { useTranslation } from 'react-i18next';
import type { Project } from '@shared/types/project';
import type { Park } from '@shared/types/park';
import { formatM2, formatMu, formatWan, type Locale } from '@shared/units';

/** The prospect's headline figures, and the park the packages are measured against (changeable). */
export function ProjectFacts({
  project,
  park,
  parks,
  onPark,
  lang,
}: {
  project: Project;
  park: Park | null;
  parks: readonly Park[];
  onPark(id: number): void;
  lang: Locale;
}) {
  const { t } = useTranslation('incentives');
  const en = lang === 'en';
  const own = parks.filter((p) => p.jurisdictionId === project.jurisdictionId);
  const choices = own.length ? own : parks;
  return (
    <dl className="inc-facts" data-testid="project-facts">
      <div>
        <dt>{t('project.investment')}</dt>
        <dd>{formatWan(project.investmentWan, lang)}</dd>
      </div>
      {project.landNeedMu != null ? (
        <div>
          <dt>{t('project.land')}</dt>
          <dd>{formatMu(project.landNeedMu, lang)}</dd>
        </div>
      ) : (
        <div>
          <dt>{t('project.floor')}</dt>
          <dd>{formatM2(project.floorNeedM2 ?? 0, lang)}</dd>
        </div>
      )}
      <div>
        <dt>{t('project.tax')}</dt>
        <dd>{formatWan(project.taxWan, lang)}</dd>
      </div>
      <div>
        <dt>{t('project.jobs')}</dt>
        <dd>{t('project.people', { n: project.jobs })}</dd>
      </div>
      <div>
        <dt>{t('project.ramp')}</dt>
        <dd>{t('project.years', { n: project.rampUpYears })}</dd>
      </div>
      <div>
        <dt>{t('project.park')}</dt>
        <dd>
          <select
            className="no-print"
            data-testid="park-select"
            value={park?.id ?? ''}
            onChange={(e) => onPark(Number(e.target.value))}
          >
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {en ? p.nameEn || p.name : p.name}
              </option>
            ))}
          </select>
          <span className="print-only">{park ? (en ? park.nameEn || park.name : park.name) : '—'}</span>
        </dd>
      </div>
    </dl>
  );
}
