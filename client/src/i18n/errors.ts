import type { ApiError } from '@/lib/api';

/** Error codes from the server, in the user's words. Unknown codes fall back to the server's message. */
const words: Record<string, { zh: string; en: string }> = {
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please sign in' },
  BAD_CREDENTIALS: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  RATE_LIMITED: { zh: '尝试次数过多，请稍后再试', en: 'Too many attempts; try again later' },
  COMMON_PASSWORD: { zh: '该密码过于常见，请换一个', en: 'This password is too common; choose another' },
  FORBIDDEN: { zh: '无权执行此操作', en: 'You may not do this' },
  VERSION_CONFLICT: { zh: '数据已被他人修改，请刷新后重试', en: 'Someone else changed this; reload and try again' },
  NOT_FOUND: { zh: '记录不存在', en: 'Not found' },
  VALIDATION: { zh: '输入有误', en: 'Invalid input' },
  SOLVER_BUSY: { zh: '求解队列已满，请稍后再试', en: 'The solver is busy; try again shortly' },
  COMMIT_CONFLICT: { zh: '数据已变化，无法提交方案', en: 'Data changed since the solve; the commit was refused' },
};

export function errorText(e: unknown, lang: string): string {
  const err = e as Partial<ApiError>;
  const w = err.code ? words[err.code] : undefined;
  const detail = err.message ?? String(e);
  if (!w) return detail;
  const base = lang.startsWith('zh') ? w.zh : w.en;
  return err.code === 'VALIDATION' || err.code === 'NOT_FOUND' || err.code === 'COMMIT_CONFLICT'
    ? `${base}: ${detail}`
    : base;
}
