import type { TFunction } from 'i18next';
import { errorText } from '@/i18n/errors';
import type { Problem } from '../model/draft';

/** A server refusal in the user's words; a taken username gets its own sentence (errorText has no word for it). */
export function serverText(e: unknown, t: TFunction<'admin'>, lang: string, username?: string): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'DUPLICATE' && username) return t('duplicate', { username });
  return errorText(e, lang);
}

export const problemText = (p: Problem, t: TFunction<'admin'>): string => t(p.key as 'invalid.password');
