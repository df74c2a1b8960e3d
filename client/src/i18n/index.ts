import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import * as common from './common';
import * as map from '@/features/map/i18n';
import * as scenarios from '@/features/scenarios/i18n';
import * as incentives from '@/features/incentives/i18n';
import * as projects from '@/features/projects/i18n';
import * as quotas from '@/features/quotas/i18n';
import * as admin from '@/features/admin/i18n';
import * as afterdeal from '@/features/afterdeal/i18n';

export const LANG_KEY = 'parkplan.lang';
const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(LANG_KEY) : null;

// Chinese first: zh-CN unless the user picked English before.
void i18n.use(initReactI18next).init({
  lng: saved === 'en' ? 'en' : 'zh-CN',
  fallbackLng: 'zh-CN',
  defaultNS: 'common',
  ns: ['common', 'map', 'scenarios', 'incentives', 'projects', 'quotas', 'admin', 'afterdeal'],
  resources: {
    'zh-CN': {
      common: common.zh,
      map: map.zh,
      scenarios: scenarios.zh,
      incentives: incentives.zh,
      projects: projects.zh,
      quotas: quotas.zh,
      admin: admin.zh,
      afterdeal: afterdeal.zh,
    },
    en: {
      common: common.en,
      map: map.en,
      scenarios: scenarios.en,
      incentives: incentives.en,
      projects: projects.en,
      quotas: quotas.en,
      admin: admin.en,
      afterdeal: afterdeal.en,
    },
  },
  interpolation: { escapeValue: false },
});

export function setLanguage(lang: 'zh-CN' | 'en'): void {
  localStorage.setItem(LANG_KEY, lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
