import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth';
import { setLanguage } from '@/i18n';

export function Layout() {
  const { t, i18n } = useTranslation();
  const { user, logout } = useAuth();
  const zh = i18n.language.startsWith('zh');
  const links: Array<[string, string]> = [
    ['/', t('nav.home')],
    ['/map', t('nav.map')],
    ['/scenarios', t('nav.scenarios')],
    ['/incentives', t('nav.incentives')],
    ['/projects', t('nav.projects')],
    ['/quotas', t('nav.quotas')],
    ['/after-deal', t('nav.afterdeal')],
  ];
  if (user?.role === 'admin') links.push(['/admin', t('nav.admin')]);
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">{t('appName')}</span>
        <nav>
          {links.map(([to, label]) => (
            <NavLink key={to} to={to} end={to === '/'}>
              {label}
            </NavLink>
          ))}
        </nav>
        <span className="demo-badge" title={t('demoNotice')}>
          {zh ? '演示数据' : 'Demo data'}
        </span>
        <button className="link" data-testid="lang-switch" onClick={() => setLanguage(zh ? 'en' : 'zh-CN')}>
          {t('lang')}
        </button>
        <span className="user">
          {user?.displayName} · {user ? t(`role.${user.role}`) : ''}
        </span>
        <button className="link" onClick={() => void logout()}>
          {t('login.logout')}
        </button>
      </header>
      <main className="content">
        {/* Pages are separate chunks (pages.ts): a short wait the first time one opens. */}
        <Suspense fallback={<p className="muted page-loading">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
