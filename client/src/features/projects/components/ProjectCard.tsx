import { useState } from 'react';
import type { ProjectRow } from '../api/projects';
import { useDeleteProject } from '../api/projects';
import { useLabels } from './useLabels';
import { StageBadge } from './StageBadge';
import { StageActions } from './StageActions';
import { Candidates } from './Candidates';
import { History } from './History';
import { Packages } from './Packages';
import { ProjectForm } from './ProjectForm';
import { errorText } from '@/i18n/errors';
import { formatM2, formatMu, formatShare, formatWan } from '@shared/units';

/** One prospect: its facts, stage moves, candidate sites with the pre-deal grade, packages and history. */
export function ProjectCard({
  project: p,
  onClose,
  canWrite,
}: {
  project: ProjectRow;
  onClose: () => void;
  canWrite: boolean;
}) {
  const L = useLabels();
  const { t, lang } = L;
  const [editing, setEditing] = useState(false);
  const del = useDeleteProject();
  const money = (v: number | undefined) =>
    v === undefined ? <span className="muted">{t('hidden')}</span> : formatWan(v, lang);
  const facts: Array<[string, React.ReactNode]> = [
    ['investor', p.investor],
    ['county', L.county(p.jurisdictionId)],
    ['industry', L.industry(p.industryId)],
    ['link', L.link(p.chainLinkId)],
    ['investment', money(p.investmentWan)],
    p.landNeedMu != null ? ['land', formatMu(p.landNeedMu, lang)] : ['floor', formatM2(p.floorNeedM2 ?? NaN, lang)],
    ['output', money(p.outputWan)],
    ['tax', money(p.taxWan)],
    [
      'ramp',
      t('card.rampValue', { n: p.rampUpYears, vat: p.vatShare === undefined ? '—' : formatShare(p.vatShare, lang) }),
    ],
    ['jobs', String(p.jobs)],
    ['pollution', p.pollutionClass],
    ['head', t(`head.${p.head}`)],
    ['leader', t(`role.${p.leaderRole}`)],
  ];
  if (p.stage === 'dropped') facts.push(['dropReason', p.dropReason ?? '—']);
  return (
    <aside className="card pp-card" data-testid="project-card" aria-label={p.name}>
      <header className="pp-card-head">
        <h3>{p.name}</h3>
        <StageBadge stage={p.stage} />
        <span className="pp-spacer" />
        {canWrite && <button onClick={() => setEditing(true)}>{t('card.edit')}</button>}
        {canWrite && (
          <button
            onClick={() => {
              if (window.confirm(t('card.confirmDelete'))) del.mutate(p.id, { onSuccess: onClose });
            }}
          >
            {t('card.delete')}
          </button>
        )}
        <button onClick={onClose} aria-label={t('card.close')}>
          ×
        </button>
      </header>
      {del.error && <p className="error">{errorText(del.error, lang)}</p>}
      <dl className="pp-facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{t(`card.${k}`)}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {p.notes !== undefined && p.notes !== '' && (
        <p className="pp-notes">
          <span className="muted">{t('card.notes')}：</span>
          {p.notes}
        </p>
      )}
      {canWrite && <StageActions project={p} />}
      <Candidates project={p} canWrite={canWrite} />
      <Packages projectId={p.id} />
      <History projectId={p.id} />
      {editing && <ProjectForm project={p} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </aside>
  );
}
