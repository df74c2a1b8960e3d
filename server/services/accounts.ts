/**
 * Accounts, sessions, sign-in counts and their audit events: no cached read (map data, grades, park
 * summaries) shows them, so these writes leave those caches warm (a first start's administrator included).
 */
export const ACCOUNTS_ONLY = { invalidatesReads: false } as const;
