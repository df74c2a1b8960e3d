import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, setCsrfToken } from '@/lib/api';
import { errorText } from '@/i18n/errors';
import type { User } from '@shared/types/user';

interface AuthState {
  user: User | null;
  logout(): Promise<void>;
  /** Reads the session again (after one's own account was edited). */
  refresh(): Promise<void>;
}

const AuthContext = createContext<AuthState>({
  user: null,
  logout: async () => undefined,
  refresh: async () => undefined,
});
export const useAuth = () => useContext(AuthContext);

/** Loads the session; shows the sign-in form until there is one. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const refresh = () =>
    api
      .get<{ user: User; csrfToken: string }>('/api/auth/me')
      .then((r) => {
        setCsrfToken(r.csrfToken);
        setUser(r.user);
      })
      .catch(() => setUser(null));
  useEffect(() => void refresh(), []);
  const logout = async () => {
    await api.post('/api/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    setUser(null);
  };
  if (user === undefined) return null;
  if (user === null) return <LoginPage onLogin={setUser} />;
  return <AuthContext.Provider value={{ user, logout, refresh }}>{children}</AuthContext.Provider>;
}

function LoginPage({ onLogin }: { onLogin: (u: User) => void }) {
  const { t, i18n } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await api.post<{ user: User; csrfToken: string }>('/api/auth/login', { username, password });
      setCsrfToken(r.csrfToken);
      onLogin(r.user);
    } catch (err) {
      setError(err instanceof ApiError ? errorText(err, i18n.language) : String(err));
    }
  };
  return (
    <div className="login">
      <form onSubmit={submit} className="card login-card" aria-label={t('login.title')}>
        <h1>{t('appName')}</h1>
        <label>
          {t('login.username')}
          <input
            name="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoComplete="username"
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          {t('login.submit')}
        </button>
        <p className="muted small">{t('demoNotice')}</p>
      </form>
    </div>
  );
}
