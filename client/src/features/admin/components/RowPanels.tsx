import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@shared/types/user';
import { useDeleteUser, useUpdateUser } from '../api/users';
import { toPasswordReset, type Problem } from '../model/draft';
import { problemText, serverText } from './errors';

/** Sets a new password for someone who forgot theirs (the server ends that user's sessions). */
export function PasswordReset({ user, onDone, onCancel }: { user: User; onDone: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const update = useUpdateUser();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const r = toPasswordReset(password);
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    update.mutate({ id: user.id, patch: r.body }, { onSuccess: onDone });
  };
  const message = problem ? problemText(problem, t) : update.error ? serverText(update.error, t, i18n.language) : null;
  return (
    <form className="ad-panel ad-form" onSubmit={submit} data-testid="user-reset" noValidate>
      <h4>{t('reset.title', { name: user.displayName })}</h4>
      <label className="ad-field ad-field-inline">
        <span>{t('reset.password')}</span>
        <input
          name="newPassword"
          type="password"
          value={password}
          autoComplete="new-password"
          className={problem ? 'ad-invalid' : undefined}
          onChange={(e) => {
            setPassword(e.target.value);
            setProblem(null);
            update.reset();
          }}
        />
        <span className="muted small">{t('form.passwordHint')}</span>
      </label>
      <p className="muted small">{t('reset.note')}</p>
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
        <button type="submit" className="primary" disabled={update.isPending}>
          {t('reset.submit')}
        </button>
      </div>
    </form>
  );
}

/** Deleting asks first; a refusal (e.g. the account is one's own) is shown in place. */
export function DeleteConfirm({ user, onDone, onCancel }: { user: User; onDone: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const del = useDeleteUser();
  return (
    <div className="ad-panel ad-danger" data-testid="user-delete" role="alertdialog" aria-label={t('action.delete')}>
      <p>{t('del.confirm', { name: user.displayName, username: user.username })}</p>
      <div className="ad-form-foot">
        {del.error ? (
          <p className="error ad-message" role="alert" data-testid="user-form-error">
            {serverText(del.error, t, i18n.language)}
          </p>
        ) : (
          <span className="ad-spacer" />
        )}
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button
          type="button"
          className="ad-danger-btn"
          disabled={del.isPending}
          data-testid="user-delete-confirm"
          onClick={() => del.mutate(user.id, { onSuccess: onDone })}
        >
          {t('del.submit')}
        </button>
      </div>
    </div>
  );
}
