import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/app/auth';
import { errorText } from '@/i18n/errors';
import { scenarioCreateSchema } from '@shared/schemas/scenario';
import { useJurisdictions } from '@/lib/reference-data';
import { useScenarioWrites } from '../api/scenarios';
import { useFmt } from '../model/format';

/** New scenario: a name and a scope (the user's own counties; the whole city for administrators). */
export function CreateForm() {
  const f = useFmt();
  const { i18n } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const jur = useJurisdictions();
  const { create } = useScenarioWrites();
  const admin = user?.role === 'admin';
  const [name, setName] = useState('');
  const [whole, setWhole] = useState(false);
  const [picked, setPicked] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const counties = (jur.data ?? []).filter((j) => j.kind !== 'city' && (admin || user?.jurisdictionIds.includes(j.id)));

  const submit = async () => {
    setError(null);
    const body = { name: name.trim(), jurisdictionIds: whole ? [] : picked };
    const v = scenarioCreateSchema.safeParse(body);
    if (!v.success) return setError(v.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    if (!whole && picked.length === 0) return setError(f.t('create.pickCounty'));
    try {
      const s = await create.mutateAsync(body);
      navigate(`/scenarios/${s.id}`);
    } catch (e) {
      setError(errorText(e, i18n.language));
    }
  };
  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  return (
    <form
      className="card sc-create"
      data-testid="create-scenario"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{f.t('create.title')}</h3>
      <label className="sc-field">
        <span>{f.t('create.name')}</span>
        <input
          name="name"
          value={name}
          maxLength={120}
          placeholder={f.t('create.namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <fieldset className="sc-scope">
        <legend>{f.t('create.scope')}</legend>
        {admin && (
          <label className="sc-check">
            <input
              type="checkbox"
              checked={whole}
              onChange={(e) => setWhole(e.target.checked)}
              data-testid="whole-city"
            />{' '}
            {f.t('create.wholeCity')}
          </label>
        )}
        <div className={`sc-county-grid ${whole ? 'off' : ''}`}>
          {counties.map((j) => (
            <label key={j.id} className="sc-check">
              <input
                type="checkbox"
                disabled={whole}
                checked={picked.includes(j.id)}
                onChange={() => toggle(j.id)}
                data-testid={`county-${j.id}`}
              />
              {f.en ? j.nameEn : j.name}
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={create.isPending || !name.trim()} data-testid="create-submit">
        {f.t('create.submit')}
      </button>
    </form>
  );
}
