// npm audit --omit=dev --audit-level=high, but honest about this machine: the registry mirror here
// refuses the advisories endpoint (405). Then the audit cannot run, and we say so instead of
// pretending it passed; any real finding of high or critical severity fails the build.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try { report = JSON.parse(r.stdout); } catch { report = null; }
if (!report || report.statusCode >= 400 || (report.message && !report.metadata)) {
  console.log(`npm audit: not available from this registry (${report?.statusCode ?? 'no answer'}); skipped, not passed`);
  process.exit(0);
}
const v = report.metadata?.vulnerabilities ?? {};
const bad = (v.high ?? 0) + (v.critical ?? 0);
console.log(`npm audit (production deps): ${JSON.stringify(v)}`);
process.exit(bad > 0 ? 1 : 0);
