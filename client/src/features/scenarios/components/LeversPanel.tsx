import type { ReactNode } from 'react';
import type { Park } from '@shared/types/park';
import type { LeversDraft } from '../model/levers-form';
import { useFmt } from '../model/format';

interface Props {
  draft: LeversDraft;
  onChange(d: LeversDraft): void;
  errors: Record<string, string>;
  parks: Park[];
  disabled: boolean;
  dirty: boolean;
  saving: boolean;
  onSave(): void;
}

const WEIGHTS = ['tax', 'jobs', 'chainFit', 'head', 'incentiveCost'] as const;

/** The policy levers: weights, focus rule per park, budgets (empty = no limit), horizon, values. */
export function LeversPanel({ draft, onChange, errors, parks, disabled, dirty, saving, onSave }: Props) {
  const f = useFmt();
  const set = (patch: Partial<LeversDraft>) => onChange({ ...draft, ...patch });
  const field = (
    key: keyof LeversDraft & string,
    label: string,
    errKey: string,
    opts: { placeholder?: string; hint?: string } = {},
  ) => (
    <Field label={label} error={errors[errKey]} hint={opts.hint}>
      <input
        inputMode="decimal"
        name={key}
        value={draft[key] as string}
        placeholder={opts.placeholder}
        disabled={disabled}
        onChange={(e) => set({ [key]: e.target.value } as Partial<LeversDraft>)}
        data-testid={`lever-${key}`}
      />
    </Field>
  );
  return (
    <form
      className="sc-levers"
      data-testid="levers"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <div className="sc-levers-head">
        <h3>{f.t('levers.title')}</h3>
        {dirty && <span className="sc-dirty small">{f.t('ws.unsaved')}</span>}
      </div>
      <Group title={f.t('levers.weights')}>
        <div className="sc-grid2">
          {WEIGHTS.map((w) => (
            <Field key={w} label={f.t(`levers.w.${w}`)} error={errors[`weights.${w}`]}>
              <input
                inputMode="decimal"
                value={draft.weights[w]}
                disabled={disabled}
                data-testid={`weight-${w}`}
                onChange={(e) => set({ weights: { ...draft.weights, [w]: e.target.value } })}
              />
            </Field>
          ))}
        </div>
      </Group>
      <Group title={f.t('levers.share')} hint={f.t('levers.shareHint')}>
        {parks.map((p) => (
          <Field
            key={p.id}
            label={f.en ? p.nameEn : p.name}
            error={errors[`dominantShareByPark.${p.id}`]}
            suffix="%"
            inline
          >
            <input
              inputMode="decimal"
              value={draft.sharePct[String(p.id)] ?? ''}
              placeholder={String(Math.round(p.minDominantShare * 100))}
              disabled={disabled}
              data-testid={`share-${p.id}`}
              onChange={(e) => set({ sharePct: { ...draft.sharePct, [String(p.id)]: e.target.value } })}
            />
          </Field>
        ))}
        <Field label={f.t('levers.shareBasis')} inline>
          <select
            value={draft.shareBasis}
            disabled={disabled}
            onChange={(e) => set({ shareBasis: e.target.value as LeversDraft['shareBasis'] })}
          >
            <option value="new">{f.t('levers.basis.new')}</option>
            <option value="total">{f.t('levers.basis.total')}</option>
          </select>
        </Field>
      </Group>
      <Group title={f.t('levers.budgets')} hint={f.t('levers.unlimited')}>
        {field('equityFundWan', f.t('levers.equityFundWan'), 'equityFundWan', {
          placeholder: f.t('budgets.unlimited'),
        })}
        {field('incentiveBudgetWan', f.t('levers.incentiveBudgetWan'), 'incentiveBudgetWan', {
          placeholder: f.t('budgets.unlimited'),
        })}
      </Group>
      <Group title={f.t('levers.money')}>
        <div className="sc-grid2">
          {field('horizonYears', f.t('levers.horizonYears'), 'horizonYears')}
          {field('discountRatePct', f.t('levers.discountRatePct'), 'discountRate')}
        </div>
      </Group>
      <Group title={f.t('levers.values')}>
        {field('minPlacementValueWan', f.t('levers.minPlacementValueWan'), 'minPlacementValueWan', {
          hint: f.t('levers.minHint'),
        })}
        <div className="sc-grid2">
          {field('jobValueWan', f.t('levers.jobValueWan'), 'jobValueWan')}
          {field('chainGapBonusWan', f.t('levers.chainGapBonusWan'), 'chainGapBonusWan')}
          {field('headBonusWan', f.t('levers.headBonusWan'), 'headBonusWan')}
          {field('quotaPenaltyWan', f.t('levers.quotaPenaltyWan'), 'quotaPenaltyWan')}
        </div>
      </Group>
      <Group title={f.t('levers.readiness')}>
        <div className="sc-grid3">
          {(['ready', 'partial', 'raw'] as const).map((r) => (
            <Field key={r} label={f.t(`levers.r.${r}`)} error={errors[`readinessDelayYears.${r}`]}>
              <input
                inputMode="decimal"
                value={draft.readiness[r]}
                disabled={disabled}
                onChange={(e) => set({ readiness: { ...draft.readiness, [r]: e.target.value } })}
              />
            </Field>
          ))}
        </div>
        <label className="small">
          <input
            type="checkbox"
            checked={draft.recoverFlagged}
            disabled={disabled}
            onChange={(e) => set({ recoverFlagged: e.target.checked })}
            data-testid="lever-recover-flagged"
          />{' '}
          {f.t('levers.recoverFlagged')}
        </label>
      </Group>
      {!disabled && (
        <button type="submit" disabled={!dirty || saving || Object.keys(errors).length > 0} data-testid="save-levers">
          {f.t('ws.saveLevers')}
        </button>
      )}
    </form>
  );
}

function Group({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="sc-group">
      <legend>
        {title}
        {hint && <span className="muted small"> · {hint}</span>}
      </legend>
      {children}
    </fieldset>
  );
}

function Field({
  label,
  error,
  hint,
  suffix,
  inline,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  suffix?: string;
  inline?: boolean;
  children: ReactNode;
}) {
  return (
    <label className={`sc-lf ${inline ? 'inline' : ''} ${error ? 'bad' : ''}`} title={hint}>
      <span className="sc-lf-label">{label}</span>
      <span className="sc-lf-input">
        {children}
        {suffix && <span className="muted small">{suffix}</span>}
      </span>
      {error && <span className="error small">{error}</span>}
    </label>
  );
}
