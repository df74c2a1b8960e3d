import { useTranslation } from 'react-i18next';
import { ROLES } from '@shared/types/user';
import type { Jurisdiction } from '@shared/types/jurisdiction';
import type { Draft } from '../model/draft';
import { JurisdictionPicker } from './JurisdictionPicker';

/**
 * The fields of the user form. Creating asks for a username and an initial password; editing
 * cannot rename (the username is the sign-in name) and resets passwords separately.
 */
export function UserFields({
  draft,
  set,
  mode,
  jurisdictions,
  lockRole,
  badField,
}: {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  mode: 'create' | 'edit';
  jurisdictions: Jurisdiction[];
  lockRole?: boolean;
  badField?: string;
}) {
  const { t } = useTranslation('admin');
  const bad = (f: string) => (badField === f ? 'ad-invalid' : undefined);
  return (
    <div className="ad-fields">
      {mode === 'create' && (
        <label className="ad-field">
          <span>{t('form.username')}</span>
          <input
            name="username"
            value={draft.username}
            onChange={(e) => set({ username: e.target.value })}
            className={bad('username')}
            autoComplete="off"
            autoFocus
          />
          <span className="muted small">{t('form.usernameHint')}</span>
        </label>
      )}
      <label className="ad-field">
        <span>{t('form.displayName')}</span>
        <input
          name="displayName"
          value={draft.displayName}
          onChange={(e) => set({ displayName: e.target.value })}
          className={bad('displayName')}
          autoComplete="off"
        />
      </label>
      <label className="ad-field">
        <span>{t('form.role')}</span>
        <select
          name="role"
          value={draft.role}
          disabled={lockRole}
          onChange={(e) => set({ role: e.target.value as Draft['role'] })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common:role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {mode === 'create' && (
        <label className="ad-field">
          <span>{t('form.password')}</span>
          <input
            name="password"
            type="password"
            value={draft.password}
            onChange={(e) => set({ password: e.target.value })}
            className={bad('password')}
            autoComplete="new-password"
          />
          <span className="muted small">{t('form.passwordHint')}</span>
        </label>
      )}
      {draft.role === 'editor' && (
        <JurisdictionPicker
          all={jurisdictions}
          value={draft.jurisdictionIds}
          invalid={badField === 'jurisdictionIds'}
          onChange={(jurisdictionIds) => set({ jurisdictionIds })}
        />
      )}
    </div>
  );
}
