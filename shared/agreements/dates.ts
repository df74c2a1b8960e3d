/** Calendar arithmetic on ISO dates (YYYY-MM-DD), kept pure: callers pass "today". */

const parts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return [y, m, d];
};

/** The ISO date `months` calendar months after `iso` (day clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (negative when `to` is earlier); a partial month does not count. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  let n = (y2 - y1) * 12 + (m2 - m1);
  if (n > 0 && d2 < d1) n--;
  if (n < 0 && d2 > d1) n++;
  return n;
}

/** Whole years from `from` to `to`, as the anniversaries passed. */
export const yearsBetween = (from: string, to: string): number => Math.trunc(monthsBetween(from, to) / 12);
