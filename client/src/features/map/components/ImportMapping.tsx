import type { ImportOptions, ImportReport } from '../api/edit';
import { useFmt } from '../model/format';

const FIELDS = [
  ['codeField', 'code'],
  ['occupantField', 'occupant'],
  ['areaField', 'area'],
  ['landUseField', 'landUse'],
  ['statusField', 'status'],
] as const;

/** The mapping step: which of the file's columns is which attribute, the area unit, repeated codes, the system. */
export function ImportMapping({
  report,
  value,
  onChange,
}: {
  report: ImportReport;
  value: ImportOptions;
  onChange(v: ImportOptions): void;
}) {
  const f = useFmt();
  const set = (k: keyof ImportOptions, v: string) => onChange({ ...value, [k]: v });
  return (
    <fieldset className="mp-mapping" data-testid="import-mapping">
      <legend className="small">{f.t('import.mapping')}</legend>
      {FIELDS.map(([key, guess]) => (
        <label key={key} className="small">
          <span>{f.t(`import.${key}`)}</span>
          <select
            value={value[key] ?? report.suggested[guess] ?? ''}
            onChange={(e) => set(key, e.target.value)}
            data-testid={`map-${key}`}
          >
            <option value="">{f.t('import.auto')}</option>
            {report.columns.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="small">
        <span>{f.t('import.areaUnit')}</span>
        <select
          value={value.areaUnit ?? 'mu'}
          onChange={(e) => set('areaUnit', e.target.value)}
          data-testid="map-areaUnit"
        >
          <option value="mu">{f.t('import.unitMu')}</option>
          <option value="m2">{f.t('import.unitM2')}</option>
          <option value="ha">{f.t('import.unitHa')}</option>
        </select>
      </label>
      <label className="small">
        <span>{f.t('import.duplicates')}</span>
        <select
          value={value.duplicates ?? 'refuse'}
          onChange={(e) => set('duplicates', e.target.value)}
          data-testid="map-duplicates"
        >
          <option value="refuse">{f.t('import.dupRefuse')}</option>
          <option value="suffix">{f.t('import.dupSuffix')}</option>
          <option value="merge">{f.t('import.dupMerge')}</option>
        </select>
      </label>
      <label className="small">
        <span>{f.t('import.srs')}</span>
        <input
          defaultValue={value.srs ?? ''}
          placeholder={f.t('import.srsPlaceholder')}
          onBlur={(e) => set('srs', e.target.value.trim())}
          data-testid="map-srs"
        />
      </label>
      <p className="muted small" data-testid="import-srs">
        {f.t('import.format', { f: report.format })} ·{' '}
        {f.t('import.srsDetected', { srs: report.srs, from: f.t(`import.from_${report.srsFrom}`) })}
      </p>
    </fieldset>
  );
}
