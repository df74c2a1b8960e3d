import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@shared/types/user';
import type { Jurisdiction } from '@shared/types/jurisdiction';
import { useUpdateUser } from '../api/users';
import { draftOf, toUpdate, type Draft, type Problem } from '../model/draft';
import { problemText, serverText } from './errors';
import { UserFields } from './UserFields';

/**
 * Edits a user's name, role and counties. The server ends the user's sessions on any change, so
 * editing oneself signs one out: the form says so, and `self` locks the role (no self-demotion).
 */
export function EditUser({
  user,
  self,
  jurisdictions,
  onDone,
  onCancel,
}: {
  user: User;
  self: boolean;
  jurisdictions: Jurisdiction[];
  onDone: (u: User) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('admin');
  const update = useUpdateUser();
  const [draft, setDraft] = useState<Draft>(() => draftOf(user));
  const [problem, setProblem] = useState<Problem | null>(null);
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setProblem(null);
    update.reset();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const r = toUpdate(draft, self);
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    update.mutate({ id: user.id, patch: r.body }, { onSuccess: onDone });
  };
  const message = problem ? problemText(problem, t) : update.error ? serverText(update.error, t, i18n.language) : null;
  return (
    <form className="ad-panel ad-form" onSubmit={submit} data-testid="user-edit" noValidate>
      <h4>{t('form.editTitle', { name: user.displayName })}</h4>
      <UserFields
        draft={draft}
        set={set}
        mode="edit"
        jurisdictions={jurisdictions}
        lockRole={self}
        badField={problem?.field}
      />
      <p className="muted small">{self ? t('form.selfNote') : t('form.sessionNote')}</p>
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
        <button type="submit" className="primary" disabled={update.isPending} data-testid="user-save">
          {t('form.save')}
        </button>
      </div>
    </form>
  );
}
