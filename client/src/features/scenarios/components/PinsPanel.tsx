import type { ScenarioExclusion, ScenarioPin } from '@shared/schemas/scenario-file';
import type { Names } from '../model/names';
import { useFmt } from '../model/format';

interface Props {
  pins: ScenarioPin[];
  exclusions: ScenarioExclusion[];
  names: Names;
  canEdit: boolean;
  onUnpin(projectId: number): void;
  onRemoveExclusion(e: ScenarioExclusion): void;
}

/** The pins and exclusions in force, each removable. */
export function PinsPanel({ pins, exclusions, names, canEdit, onUnpin, onRemoveExclusion }: Props) {
  const f = useFmt();
  const exText = (e: ScenarioExclusion) => {
    if (e.projectId != null && e.siteId != null)
      return f.t('pins.pair', { p: names.project(e.projectId), s: names.site(e.siteId) });
    const parts = [
      e.projectId != null ? f.t('pins.projectOnly', { p: names.project(e.projectId) }) : null,
      e.siteId != null ? f.t('pins.siteOnly', { s: names.site(e.siteId) }) : null,
      e.parkId != null ? f.t('pins.park', { k: names.park(e.parkId) }) : null,
    ];
    return parts.filter(Boolean).join(' · ');
  };
  return (
    <div className="sc-pins" data-testid="pins">
      <div>
        <h4>
          {f.t('pins.pins')} ({pins.length})
        </h4>
        {pins.length === 0 ? (
          <p className="muted small">{f.t('pins.none')}</p>
        ) : (
          <ul>
            {pins.map((p) => (
              <li key={p.projectId} data-project={p.projectId}>
                <b>{names.project(p.projectId)}</b> →{' '}
                {p.siteId ? names.site(p.siteId) : <i className="muted">{f.t('pins.anySite')}</i>}
                {p.packageId != null && <span className="muted small"> · {names.packageName(p.packageId)}</span>}
                {canEdit && (
                  <button className="link" onClick={() => onUnpin(p.projectId)}>
                    {f.t('pins.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h4>
          {f.t('pins.exclusions')} ({exclusions.length})
        </h4>
        {exclusions.length === 0 ? (
          <p className="muted small">{f.t('pins.none')}</p>
        ) : (
          <ul>
            {exclusions.map((e, i) => (
              <li key={i}>
                {exText(e)}
                {canEdit && (
                  <button className="link" onClick={() => onRemoveExclusion(e)}>
                    {f.t('pins.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
