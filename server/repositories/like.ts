/**
 * A LIKE pattern that matches `text` literally anywhere: `%`, `_` and the escape itself are
 * escaped, so a search for `50%` does not match every name with a 50 in it. Use with `ESCAPE '\'`,
 * on LOWER(column) with the text lower-cased: SQLite's LIKE ignores case, PostgreSQL's does not.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
