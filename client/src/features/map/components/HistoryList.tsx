import { usePlotHistory } from '../api/details';
import type { AuditEvent } from '@shared/types/user';
import { useFmt, type Fmt } from '../model/format';
import { EnterpriseName } from './EnterpriseName';

const FIELDS = [
  'status',
  'enterpriseId',
  'projectId',
  'landUse',
  'readiness',
  'code',
  'declaredAreaMu',
  'polygon',
] as const;
type Field = (typeof FIELDS)[number];

/** The fields an update changed, from the audit event's before/after snapshots. */
export function changedFields(e: Pick<AuditEvent, 'before' | 'after'>): Field[] {
  const b = (e.before ?? {}) as Record<string, unknown>;
  const a = (e.after ?? {}) as Record<string, unknown>;
  return FIELDS.filter((k) => k in a && JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null));
}

function Value({ field, v, f }: { field: Field; v: unknown; f: Fmt }) {
  if (v == null || v === '') return <>—</>;
  if (field === 'status') return <>{f.status(String(v))}</>;
  if (field === 'enterpriseId') return <EnterpriseName id={Number(v)} />;
  if (field === 'landUse') return <>{String(v)}</>;
  if (field === 'readiness') return <>{f.t(`readiness.${String(v)}`)}</>;
  if (field === 'declaredAreaMu') return <>{f.mu(Number(v), 2)}</>;
  if (field === 'projectId') return <>#{String(v)}</>;
  return <>{String(v)}</>;
}

/** Who changed the plot, when, and what changed. */
export function HistoryList({ plotId }: { plotId: number }) {
  const f = useFmt();
  const q = usePlotHistory(plotId);
  const when = (at: string) =>
    new Date(at).toLocaleString(f.en ? 'en-GB' : 'zh-CN', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
  return (
    <section className="mp-history" data-testid="plot-history">
      <h3 className="mp-h3">{f.t('plot.history')}</h3>
      {q.data && q.data.length === 0 && <p className="muted small">{f.t('plot.noHistory')}</p>}
      <ol>
        {q.data?.map((e) => {
          const b = (e.before ?? {}) as Record<string, unknown>;
          const a = (e.after ?? {}) as Record<string, unknown>;
          const fields = e.action === 'update' ? changedFields(e) : [];
          return (
            <li key={e.id}>
              <div className="small">
                <b>{f.t(`history.${e.action}`)}</b> · {e.username ?? f.t('history.system')} ·{' '}
                <span className="muted">{when(e.at)}</span>
              </div>
              {e.action === 'create' && <div className="small muted">{f.t('history.created')}</div>}
              {e.action === 'import' && <div className="small muted">{f.t('history.imported')}</div>}
              {e.action === 'commit' && typeof a.scenarioName === 'string' && (
                <div className="small muted" data-testid="history-scenario">
                  {f.en ? `Scenario “${a.scenarioName}”` : `方案「${a.scenarioName}」`}
                </div>
              )}
              {fields.map((k) => (
                <div key={k} className="small mp-change">
                  {f.t(`field.${k}`)}
                  {f.en ? ': ' : '：'}
                  {k === 'polygon' ? (
                    <span className="muted">
                      {f.mu(Number(b.areaMu), 2)} → {f.mu(Number(a.areaMu), 2)}
                    </span>
                  ) : (
                    <>
                      <Value field={k} v={b[k]} f={f} /> → <Value field={k} v={a[k]} f={f} />
                    </>
                  )}
                </div>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
