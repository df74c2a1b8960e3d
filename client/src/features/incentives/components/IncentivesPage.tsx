import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useProject } from '../api/projects';
import { errorText } from '@/i18n/errors';
import { ProjectPicker } from './ProjectPicker';
import { Workspace } from './Workspace';
import { ProspectList } from './ProspectList';
import './incentives.css';

/** /incentives[?project=ID]: compare up to five incentive packages for one prospect. */
export function IncentivesPage() {
  const { t, i18n } = useTranslation('incentives');
  const [params, setParams] = useSearchParams();
  const id = Number(params.get('project'));
  const projectId = Number.isInteger(id) && id > 0 ? id : null;
  const project = useProject(projectId);
  return (
    <section className="inc-page" data-testid="incentives-page">
      <header className="inc-head">
        <div className="no-print">
          <h2>{t('title')}</h2>
          <p className="muted small">{t('subtitle')}</p>
        </div>
        <ProjectPicker
          key={projectId ?? 0}
          current={project.data ?? null}
          onPick={(pid) => setParams({ project: String(pid) })}
        />
      </header>
      {projectId === null ? (
        <ProspectList
          lang={i18n.language.startsWith('zh') ? 'zh-CN' : 'en'}
          onPick={(pid) => setParams({ project: String(pid) })}
        />
      ) : null}
      {project.error ? <p className="error">{t('error', { msg: errorText(project.error, i18n.language) })}</p> : null}
      {project.data ? <Workspace key={project.data.id} project={project.data} /> : null}
    </section>
  );
}
