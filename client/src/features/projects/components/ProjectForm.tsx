import { useState } from 'react';
import type { ProjectRow } from '../api/projects';
import { useCreateProject, usePatchProject } from '../api/projects';
import { useLabels } from './useLabels';
import { errorText } from '@/i18n/errors';
import { useAuth } from '@/app/auth';
import { projectCreateSchema, type ProjectCreate } from '@shared/schemas/project';
import { HEAD_KINDS } from '@shared/types/project';
import { LAND_USES } from '@shared/types/common';

type Draft = Record<string, string>;

const NUMBERS = [
  'investmentWan',
  'outputWan',
  'taxWan',
  'vatShare',
  'rampUpYears',
  'jobs',
  'reservationValueWan',
] as const;

function toDraft(p?: ProjectRow): Draft {
  const v = (x: unknown, d = '') => (x == null ? d : String(x));
  return {
    name: v(p?.name),
    investor: v(p?.investor),
    industryId: v(p?.industryId),
    chainLinkId: v(p?.chainLinkId),
    investmentWan: v(p?.investmentWan),
    needKind: p?.floorNeedM2 != null ? 'floor' : 'land',
    need: v(p?.landNeedMu ?? p?.floorNeedM2),
    outputWan: v(p?.outputWan),
    taxWan: v(p?.taxWan),
    vatShare: v(p?.vatShare, '0.6'),
    rampUpYears: v(p?.rampUpYears, '2'),
    jobs: v(p?.jobs),
    reservationValueWan: v(p?.reservationValueWan, '0'),
    pollutionClass: v(p?.pollutionClass, 'M1'),
    head: v(p?.head, 'none'),
    jurisdictionId: v(p?.jurisdictionId),
    leaderRole: v(p?.leaderRole, 'head'),
    notes: v(p?.notes),
  };
}

/** Add or edit a prospect; the body is checked with the same zod schema the server uses. */
export function ProjectForm({
  project,
  onClose,
  onSaved,
}: {
  project?: ProjectRow;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const L = useLabels();
  const { t, lang } = L;
  const { user } = useAuth();
  const [d, setD] = useState<Draft>(() => {
    const draft = toDraft(project);
    if (!project && user?.role === 'editor') draft.jurisdictionId = String(user.jurisdictionIds[0] ?? '');
    return draft;
  });
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreateProject();
  const patch = usePatchProject();
  const set = (k: string) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setD({ ...d, [k]: e.target.value });
  const industry = L.industries.find((i) => i.id === Number(d.industryId));
  const links = L.chains.find((c) => c.id === industry?.chainId)?.links ?? [];
  const name = (x: { name: string; nameEn: string }) => (L.en ? x.nameEn || x.name : x.name);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = {
      name: d.name,
      investor: d.investor,
      industryId: Number(d.industryId),
      chainLinkId: d.chainLinkId ? Number(d.chainLinkId) : null,
      landNeedMu: d.needKind === 'land' ? Number(d.need) : null,
      floorNeedM2: d.needKind === 'floor' ? Number(d.need) : null,
      pollutionClass: d.pollutionClass,
      head: d.head,
      jurisdictionId: Number(d.jurisdictionId),
      leaderRole: d.leaderRole,
      notes: d.notes,
    };
    for (const k of NUMBERS) body[k] = d[k] === '' ? undefined : Number(d[k]);
    if (!project) body.stage = 'lead';
    const r = projectCreateSchema.safeParse(body);
    if (!r.success) {
      const i = r.error.issues[0];
      setProblem(`${String(i.path[0] ?? '')}: ${i.message}`);
      return;
    }
    setProblem(null);
    const data: ProjectCreate = r.data;
    if (project) {
      const { stage: _s, dropReason: _r, ...rest } = data;
      patch.mutate({ id: project.id, version: project.version, ...rest }, { onSuccess: (p) => onSaved(p.id) });
    } else create.mutate(data, { onSuccess: (p) => onSaved(p.id) });
  };
  const err = problem ?? (create.error || patch.error ? errorText(create.error ?? patch.error, lang) : null);
  const field = (k: string, label: string, input: React.ReactNode) => (
    <label className="pp-field" key={k}>
      <span>{label}</span>
      {input}
    </label>
  );
  const num = (k: string, step = 'any') => (
    <input name={k} type="number" step={step} min="0" value={d[k]} onChange={set(k)} required={k !== 'vatShare'} />
  );
  return (
    <div
      className="pp-modal"
      role="dialog"
      aria-modal="true"
      aria-label={t(project ? 'form.titleEdit' : 'form.titleNew')}
    >
      <form className="card pp-form" onSubmit={submit}>
        <h3>{t(project ? 'form.titleEdit' : 'form.titleNew')}</h3>
        <div className="pp-form-grid">
          {field('name', t('form.name'), <input name="name" value={d.name} onChange={set('name')} required />)}
          {field(
            'investor',
            t('form.investor'),
            <input name="investor" value={d.investor} onChange={set('investor')} required />,
          )}
          {field(
            'industryId',
            t('form.industry'),
            <select
              name="industryId"
              value={d.industryId}
              onChange={(e) => {
                const ind = L.industries.find((i) => i.id === Number(e.target.value));
                setD({
                  ...d,
                  industryId: e.target.value,
                  chainLinkId: '',
                  pollutionClass: ind?.pollutionClass ?? d.pollutionClass,
                });
              }}
              required
            >
              <option value="" />
              {L.industries.map((i) => (
                <option key={i.id} value={i.id}>
                  {name(i)}
                </option>
              ))}
            </select>,
          )}
          {field(
            'chainLinkId',
            t('form.link'),
            <select name="chainLinkId" value={d.chainLinkId} onChange={set('chainLinkId')}>
              <option value="">{t('form.none')}</option>
              {links.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.seq}. {name(l)}
                </option>
              ))}
            </select>,
          )}
          {field(
            'jurisdictionId',
            t('form.county'),
            <select name="jurisdictionId" value={d.jurisdictionId} onChange={set('jurisdictionId')} required>
              <option value="" />
              {L.jurisdictions
                .filter((j) => j.kind !== 'city')
                .map((j) => (
                  <option key={j.id} value={j.id}>
                    {name(j)}
                  </option>
                ))}
            </select>,
          )}
          {field(
            'leaderRole',
            t('form.leader'),
            <select name="leaderRole" value={d.leaderRole} onChange={set('leaderRole')}>
              <option value="head">{t('role.head')}</option>
              <option value="deputy">{t('role.deputy')}</option>
            </select>,
          )}
          {field('investmentWan', t('form.investment'), num('investmentWan'))}
          {field(
            'needKind',
            t('form.needKind'),
            <span className="pp-need">
              <select name="needKind" value={d.needKind} onChange={set('needKind')}>
                <option value="land">{t('form.needLand')}</option>
                <option value="floor">{t('form.needFloor')}</option>
              </select>
              {num('need')}
            </span>,
          )}
          {field('outputWan', t('form.output'), num('outputWan'))}
          {field('taxWan', t('form.tax'), num('taxWan'))}
          {field('vatShare', t('form.vat'), num('vatShare', '0.01'))}
          {field('rampUpYears', t('form.ramp'), num('rampUpYears', '1'))}
          {field('jobs', t('form.jobs'), num('jobs', '1'))}
          {field('reservationValueWan', t('form.reservation'), num('reservationValueWan'))}
          {field(
            'pollutionClass',
            t('form.pollution'),
            <select name="pollutionClass" value={d.pollutionClass} onChange={set('pollutionClass')}>
              {LAND_USES.map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>,
          )}
          {field(
            'head',
            t('form.head'),
            <select name="head" value={d.head} onChange={set('head')}>
              {HEAD_KINDS.map((h) => (
                <option key={h} value={h}>
                  {t(`head.${h}`)}
                </option>
              ))}
            </select>,
          )}
        </div>
        {field('notes', t('form.notes'), <textarea name="notes" rows={3} value={d.notes} onChange={set('notes')} />)}
        {err && (
          <p className="error" role="alert">
            {err}
          </p>
        )}
        <div className="pp-form-actions">
          <button type="button" onClick={onClose}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="primary" disabled={create.isPending || patch.isPending}>
            {t('form.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
