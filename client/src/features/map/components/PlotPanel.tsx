import { useState } from 'react';
import { usePlot } from '../api/details';
import { GRADE_COLOURS, STATUS_COLOURS } from '../model/colours';
import type { PlotProps } from '../model/types';
import { useFmt } from '../model/format';
import { DECLARED_AREA_TOLERANCE } from '@shared/import/plot-features';
import { OccupantCard } from './OccupantCard';
import { LandUseCard } from './LandUseCard';
import { EnterpriseName } from './EnterpriseName';
import { HistoryList } from './HistoryList';
import { PlotEditForm } from './PlotEditForm';
import { ShapeEditPanel } from './ShapeEditPanel';
import type { EditTool } from './MapCanvas';

/** A clicked plot: facts, occupant with figures and grade, editing for those allowed, history. */
export function PlotPanel({
  id,
  feature,
  canEdit,
  tool,
  onTool,
  onClose,
}: {
  id: number;
  feature: PlotProps | null;
  canEdit: boolean;
  tool: EditTool;
  onTool(t: EditTool): void;
  onClose(): void;
}) {
  const f = useFmt();
  const plot = usePlot(id);
  const [editing, setEditing] = useState(false);
  const p = feature;
  if (!p)
    return (
      <div className="mp-panel">
        <p className="muted">{plot.isLoading ? f.t('loading') : '—'}</p>
      </div>
    );
  const declaredDiff = p.declaredAreaMu != null && p.areaMu > 0 ? Math.abs(p.declaredAreaMu - p.areaMu) / p.areaMu : 0;
  const shaping = tool.kind === 'shape' && tool.plotId === id;
  return (
    <div className="mp-panel" data-testid="plot-panel">
      <div className="mp-panel-head">
        <div>
          <div className="small muted">{f.t('plot.title')}</div>
          <h2 className="mp-h" data-testid="plot-code">
            {p.code}
          </h2>
        </div>
        <span className="mp-status" style={{ background: STATUS_COLOURS[p.status] }} data-testid="plot-status">
          {f.status(p.status)}
        </span>
        <button className="link mp-close" onClick={onClose} aria-label={f.t('plot.close')}>
          ×
        </button>
      </div>
      <dl className="mp-facts">
        <dt>{f.t('plot.area')}</dt>
        <dd>{f.mu(p.areaMu, 2)}</dd>
        {p.declaredAreaMu != null && (
          <>
            <dt>{f.t('plot.declared')}</dt>
            <dd>
              {f.mu(p.declaredAreaMu, 2)}
              {declaredDiff > DECLARED_AREA_TOLERANCE && (
                <span className="mp-flag"> ⚠ {f.t('plot.declaredFlag', { pct: f.share(declaredDiff, 1) })}</span>
              )}
            </dd>
          </>
        )}
        <dt>{f.t('plot.landUse')}</dt>
        <dd>{f.t(`landUse.${p.landUse}`)}</dd>
        <dt>{f.t('plot.readiness')}</dt>
        <dd>{f.t(`readiness.${p.readiness}`)}</dd>
        <dt>{f.t('plot.status')}</dt>
        <dd>{f.status(p.status)}</dd>
        <dt>{p.occupantId ? f.t('plot.occupant') : p.projectId ? f.t('plot.project') : f.t('plot.occupant')}</dt>
        <dd>
          {p.occupantId != null && f.en ? <EnterpriseName id={p.occupantId} /> : (p.occupant ?? f.t('plot.noOccupant'))}
        </dd>
        {p.industryId != null && (
          <>
            <dt>{f.t('plot.industry')}</dt>
            <dd>
              {f.en ? (p.industryEn ?? p.industry) : p.industry}{' '}
              {p.dominant != null && (
                <span className={`mp-tag ${p.dominant ? 'dom' : ''}`}>
                  {p.dominant ? f.t('plot.dominantYes') : f.t('plot.dominantNo')}
                </span>
              )}
            </dd>
          </>
        )}
        {p.grade && (
          <>
            <dt>{f.t('plot.grade')}</dt>
            <dd>
              <span className="mp-grade" style={{ background: GRADE_COLOURS[p.grade] }}>
                {p.grade}
              </span>
            </dd>
          </>
        )}
      </dl>
      {canEdit && !editing && !shaping && (
        <div className="mp-tools">
          <button className="primary" onClick={() => setEditing(true)} data-testid="edit-plot">
            {f.t('edit.edit')}
          </button>
          <button onClick={() => onTool({ kind: 'shape', plotId: id })} data-testid="edit-shape">
            {f.t('edit.editShape')}
          </button>
        </div>
      )}
      {editing && plot.data && (
        <PlotEditForm
          plot={plot.data}
          occupantName={p.occupantId ? p.occupant : null}
          onDone={() => setEditing(false)}
        />
      )}
      {shaping && plot.data && <ShapeEditPanel plot={plot.data} tool={tool} onTool={onTool} />}
      <LandUseCard plotId={id} />
      {p.occupantId != null && <OccupantCard id={p.occupantId} />}
      <HistoryList plotId={id} />
    </div>
  );
}
