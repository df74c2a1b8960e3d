import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Jurisdiction } from '@shared/types/jurisdiction';
import { useCreateUser } from '../api/users';
import { emptyDraft, toCreate, type Draft, type Problem } from '../model/draft';
import { problemText, serverText } from './errors';
import { UserFields } from './UserFields';

/** The new-user form: checked with the server's own schema first, then the server's refusal (if any) beside it. */
export function CreateUser({
  jurisdictions,
  onDone,
  onCancel,
}: {
  jurisdictions: Jurisdiction[];
  onDone: (displayName: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('admin');
  const create = useCreateUser();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [problem, setProblem] = useState<Problem | null>(null);
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setProblem(null);
    create.reset();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const r = toCreate(draft);
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    create.mutate(r.body, { onSuccess: (u) => onDone(u.displayName) });
  };
  const message = problem
    ? problemText(problem, t)
    : create.error
      ? serverText(create.error, t, i18n.language, draft.username.trim())
      : null;
  return (
    <form
      className="card ad-form"
      onSubmit={submit}
      data-testid="user-create"
      aria-label={t('form.createTitle')}
      noValidate
    >
      <h3>{t('form.createTitle')}</h3>
      <UserFields draft={draft} set={set} mode="create" jurisdictions={jurisdictions} badField={problem?.field} />
      <div className="ad-form-foot">
        {message ? (
          <p className="error ad-message" role="alert" data-testid="user-form-error">
            {message}
          </p>
        ) : (
          <span className="ad-spacer" />
        )}
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('form.create')}
        </button>
      </div>
    </form>
  );
}
