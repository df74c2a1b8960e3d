import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/app/auth';
import { ROLES, type User } from '@shared/types/user';
import { useUsers } from '../api/users';
import { useJurisdictions } from '@/lib/reference-data';
import { serverText } from './errors';
import { CreateUser } from './CreateUser';
import { UserRow, type PanelKind } from './UserRow';
import './admin.css';

const byRoleThenName = (a: User, b: User) =>
  ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.username.localeCompare(b.username);

/** User administration: accounts, their roles and the counties a county editor may change. City administrators only. */
export function AdminPage() {
  const { t, i18n } = useTranslation('admin');
  const { user: me, logout, refresh } = useAuth();
  const admin = me?.role === 'admin';
  const users = useUsers(admin);
  const js = useJurisdictions(admin);
  const [creating, setCreating] = useState(false);
  const [panel, setPanel] = useState<{ id: number; kind: PanelKind } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (!admin) {
    return (
      <section className="ad-page ad-page-denied">
        <div className="card ad-denied" data-testid="admin-denied" role="alert">
          <h2>{t('title')}</h2>
          <p>{t('adminsOnly')}</p>
          <p className="muted small">{t('adminsOnlyHint')}</p>
        </div>
      </section>
    );
  }
  const head = (
    <div className="ad-head">
      <div>
        <h2>{t('title')}</h2>
        <p className="muted small ad-intro">{t('intro')}</p>
      </div>
      {!creating && (
        <button
          type="button"
          className="primary"
          data-testid="user-add"
          onClick={() => {
            setCreating(true);
            setPanel(null);
            setNotice(null);
          }}
        >
          + {t('add')}
        </button>
      )}
    </div>
  );
  if (users.isLoading || js.isLoading)
    return (
      <section className="ad-page">
        {head}
        <p className="muted">{t('common:loading')}</p>
      </section>
    );
  if (users.error || !users.data) {
    return (
      <section className="ad-page">
        {head}
        <p className="error" role="alert">
          {t('loadFailed', { msg: serverText(users.error, t, i18n.language) })}
        </p>
      </section>
    );
  }
  const jurisdictions = js.data ?? [];
  const done = (message: string, changed?: User, rightsChanged = false) => {
    setPanel(null);
    setNotice(message);
    if (!changed || changed.id !== me.id) return;
    // A new password ends one's own sessions on the server: sign in again. A new display name does
    // not (one cannot change one's own role); the top bar just shows it.
    if (rightsChanged) void logout();
    else void refresh();
  };
  const list = [...users.data].sort(byRoleThenName);
  const counts = ROLES.map((r) => `${t(`common:role.${r}`)} ${list.filter((u) => u.role === r).length}`).join(' · ');
  return (
    <section className="ad-page">
      {head}
      {notice && (
        <p className="ad-notice" role="status" data-testid="admin-notice">
          {notice}
        </p>
      )}
      {creating && (
        <CreateUser
          jurisdictions={jurisdictions}
          onCancel={() => setCreating(false)}
          onDone={(name) => {
            setCreating(false);
            setNotice(t('created', { name }));
          }}
        />
      )}
      <div className="card ad-table-card">
        <div className="ad-table-caption small muted">{t('summary', { n: list.length, counts })}</div>
        <table className="ad-table" data-testid="user-table">
          <thead>
            <tr>
              <th>{t('col.username')}</th>
              <th>{t('col.displayName')}</th>
              <th>{t('col.role')}</th>
              <th>{t('col.jurisdictions')}</th>
              <th className="ad-actions">{t('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                self={u.id === me.id}
                jurisdictions={jurisdictions}
                panel={panel?.id === u.id ? panel.kind : null}
                open={(kind) => {
                  setPanel({ id: u.id, kind });
                  setCreating(false);
                  setNotice(null);
                }}
                close={() => setPanel(null)}
                done={done}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
