import type { LinkState } from '@shared/types/park-summary';
import { useChainMap } from '../api/map-data';
import { useFmt } from '../model/format';

const STATE_CLASS: Record<LinkState, string> = { present: 'present', pipeline: 'pipeline', missing: 'missing' };

/** 产业链招商图谱: the dominant chain's links in order, each present, in the pipeline, or missing. */
export function ChainMapView({ parkId }: { parkId: number }) {
  const f = useFmt();
  const q = useChainMap(parkId);
  return (
    <section className="mp-chain" data-testid="chain-map">
      <h3 className="mp-h3">{f.t('park.chainTitle')}</h3>
      <div className="mp-chain-key small">
        {(['present', 'pipeline', 'missing'] as const).map((s) => (
          <span key={s} className={`mp-link-badge ${s}`}>
            {f.t(`park.${s}`)}
          </span>
        ))}
      </div>
      {q.isLoading && <p className="muted small">{f.t('loading')}</p>}
      {q.data && q.data.length === 0 && <p className="muted small">{f.t('park.noChain')}</p>}
      {q.data?.map((chain) => (
        <div key={chain.chainId} className="mp-chain-one">
          <div className="mp-chain-name">{f.name(chain)}</div>
          <ol className="mp-links">
            {chain.links.map((l) => (
              <li key={l.id} className={`mp-link ${STATE_CLASS[l.state]}`} data-state={l.state}>
                <span className="mp-link-seq">{l.seq}</span>
                <div className="mp-link-body">
                  <div className="mp-link-title">
                    <b>{f.name(l)}</b>
                    <span className={`mp-link-badge ${l.state}`}>{f.t(`park.${l.state}`)}</span>
                  </div>
                  <div className="small muted">
                    {l.occupants > 0 && f.t('park.occupants', { n: l.occupants })}
                    {l.prospects.length > 0 && (
                      <span className="mp-prospects">
                        {l.occupants > 0 && ' · '}
                        {f.t('park.prospects')}:{' '}
                        {l.prospects
                          .slice(0, 3)
                          .map((p) =>
                            f.en
                              ? `${p.name} (${f.t(`stage.${p.stage}`, { ns: 'common' })})`
                              : `${p.name}（${f.t(`stage.${p.stage}`, { ns: 'common' })}）`,
                          )
                          .join(f.en ? '; ' : '、')}
                        {l.prospects.length > 3 && ` +${l.prospects.length - 3}`}
                      </span>
                    )}
                  </div>
                </div>
              </li>
            ))}
          </ol>
        </div>
      ))}
      <p className="muted small">{f.t('park.chainHint')}</p>
    </section>
  );
}
