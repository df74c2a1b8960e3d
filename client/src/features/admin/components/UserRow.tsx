import { useTranslation } from 'react-i18next';
import type { User } from '@shared/types/user';
import type { Jurisdiction } from '@shared/types/jurisdiction';
import { EditUser } from './EditUser';
import { DeleteConfirm, PasswordReset } from './RowPanels';

export type PanelKind = 'edit' | 'password' | 'delete';

/** One account in the table; the chosen action opens below it, full width, so the table stays put. */
export function UserRow({
  user,
  self,
  jurisdictions,
  panel,
  open,
  close,
  done,
}: {
  user: User;
  self: boolean;
  jurisdictions: Jurisdiction[];
  panel: PanelKind | null;
  open: (k: PanelKind) => void;
  close: () => void;
  done: (message: string, changed?: User, rightsChanged?: boolean) => void;
}) {
  const { t, i18n } = useTranslation('admin');
  const en = !i18n.language.startsWith('zh');
  const name = (id: number) => {
    const j = jurisdictions.find((x) => x.id === id);
    return j ? (en ? j.nameEn || j.name : j.name) : `#${id}`;
  };
  const scope =
    user.role === 'admin' ? (
      <span className="muted">{t('all')}</span>
    ) : user.role === 'viewer' ? (
      <span className="muted">{t('readOnly')}</span>
    ) : user.jurisdictionIds.length === 0 ? (
      <span className="error small">{t('none')}</span>
    ) : (
      user.jurisdictionIds.map((id) => (
        <span key={id} className="ad-chip">
          {name(id)}
        </span>
      ))
    );
  const action = (k: PanelKind, label: string, extra: { disabled?: boolean; title?: string } = {}) => (
    <button
      type="button"
      className={`link ad-action${panel === k ? ' ad-on' : ''}${k === 'delete' ? ' ad-action-danger' : ''}`}
      data-action={k}
      onClick={() => (panel === k ? close() : open(k))}
      {...extra}
    >
      {label}
    </button>
  );
  return (
    <>
      <tr data-testid="user-row" data-username={user.username} className={panel ? 'ad-open' : undefined}>
        <td className="ad-username">{user.username}</td>
        <td>
          {user.displayName}
          {self && <span className="muted small"> {t('you')}</span>}
        </td>
        <td>
          <span className={`ad-role ad-role-${user.role}`}>{t(`common:role.${user.role}`)}</span>
        </td>
        <td className="ad-scope">{scope}</td>
        <td className="ad-actions">
          {action('edit', t('action.edit'))}
          {action('password', t('action.password'))}
          {action('delete', t('action.delete'), self ? { disabled: true, title: t('del.self') } : {})}
        </td>
      </tr>
      {panel && (
        <tr className="ad-panel-row">
          <td colSpan={5}>
            {panel === 'edit' && (
              <EditUser
                user={user}
                self={self}
                jurisdictions={jurisdictions}
                onCancel={close}
                onDone={(u) => done(t('saved', { name: u.displayName }), u)}
              />
            )}
            {panel === 'password' && (
              <PasswordReset
                user={user}
                onCancel={close}
                onDone={() => done(t('reset.done', { name: user.displayName }), user, true)}
              />
            )}
            {panel === 'delete' && (
              <DeleteConfirm
                user={user}
                onCancel={close}
                onDone={() => done(t('del.done', { name: user.displayName }))}
              />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
