import { Link } from 'react-router';
import { usePackages } from '../api/projects';
import { useLabels } from './useLabels';

/** The incentive packages saved for this prospect (made on the incentives page). */
export function Packages({ projectId }: { projectId: number }) {
  const L = useLabels();
  const { t } = L;
  const q = usePackages(projectId);
  return (
    <section className="pp-section" data-testid="packages">
      <h4>{t('packages.title')}</h4>
      {q.data && q.data.length > 0 ? (
        <ul className="pp-list">
          {q.data.map((k) => (
            <li key={k.id}>{L.en ? k.nameEn || k.name : k.name}</li>
          ))}
        </ul>
      ) : (
        !q.isLoading && <p className="muted pp-empty-box">{t('packages.none')}</p>
      )}
      <Link to={`/incentives?projectId=${projectId}`}>{t('packages.open')}</Link>
    </section>
  );
}
