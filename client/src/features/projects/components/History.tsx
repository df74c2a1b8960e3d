import { useHistory } from '../api/projects';
import { useLabels } from './useLabels';

const IGNORED = new Set(['version', 'id']);
const LABEL: Record<string, string> = {
  name: 'form.name',
  investor: 'card.investor',
  industryId: 'card.industry',
  chainLinkId: 'card.link',
  investmentWan: 'card.investment',
  landNeedMu: 'card.land',
  floorNeedM2: 'card.floor',
  outputWan: 'card.output',
  taxWan: 'card.tax',
  vatShare: 'form.vat',
  rampUpYears: 'card.ramp',
  jobs: 'card.jobs',
  pollutionClass: 'card.pollution',
  head: 'card.head',
  stage: 'card.stage',
  dropReason: 'card.dropReason',
  jurisdictionId: 'card.county',
  leaderRole: 'card.leader',
  notes: 'card.notes',
};

/** Fields that differ between the before and after of an audit event. */
function changed(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a).filter((k) => !IGNORED.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export function History({ projectId }: { projectId: number }) {
  const L = useLabels();
  const { t, lang } = L;
  const q = useHistory(projectId);
  const fmt = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'short', timeStyle: 'short' });
  const show = (k: string, v: unknown) =>
    k === 'stage' && typeof v === 'string' ? L.stage(v) : v == null ? '—' : String(v);
  return (
    <section className="pp-section" data-testid="history" data-state={q.isLoading ? 'loading' : 'ready'}>
      <h4>{t('history.title')}</h4>
      {q.data && q.data.length === 0 && <p className="muted">{t('history.none')}</p>}
      <ol className="pp-history">
        {q.data?.map((e) => {
          const fields = changed(e.before, e.after);
          const b = (e.before ?? {}) as Record<string, unknown>;
          const a = (e.after ?? {}) as Record<string, unknown>;
          return (
            <li key={e.id}>
              <span className="muted small">{fmt.format(new Date(e.at))}</span> <b>{e.username ?? '—'}</b>{' '}
              {t(`history.${e.action}`)}
              {e.action === 'commit' && typeof a.scenarioName === 'string' && (
                <span className="small" data-testid="history-scenario">
                  {lang === 'en' ? ` · scenario “${a.scenarioName}”` : ` · 方案「${a.scenarioName}」`}
                </span>
              )}
              {fields.length > 0 && (
                <span className="small">
                  {' '}
                  ·{' '}
                  {fields
                    .slice(0, 4)
                    .map((k) => `${LABEL[k] ? t(LABEL[k]) : k}: ${show(k, b[k])} → ${show(k, a[k])}`)
                    .join('；')}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
