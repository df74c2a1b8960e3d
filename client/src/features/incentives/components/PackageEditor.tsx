import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncentiveComponents } from '@shared/incentives/types';
import {
  FIELDS,
  SECTIONS,
  defaultComponents,
  formFromComponents,
  validateForm,
  type EditorForm,
  type SizingFacts,
} from '../model/editor-form';
import type { Column } from '../model/columns';
import './editor.css';

export interface EditorResult {
  name: string;
  nameEn: string;
  components: IncentiveComponents;
}

/**
 * The components of one package, each ticked on or off, validated as typed with the shared zod
 * schema (the same the server parses). Apply changes the comparison only; save also stores it.
 */
export function PackageEditor({
  column,
  facts,
  saving,
  saveError,
  canSave,
  onApply,
  onSave,
  onClose,
}: {
  column: Column;
  facts: SizingFacts;
  saving: boolean;
  saveError: string | null;
  canSave: boolean;
  onApply(r: EditorResult): void;
  onSave(r: EditorResult): void;
  onClose(): void;
}) {
  const { t } = useTranslation('incentives');
  const defaults = useMemo(() => defaultComponents(facts), [facts]);
  const [form, setForm] = useState<EditorForm>(() => formFromComponents(column.components, defaults));
  const [name, setName] = useState(column.name);
  const [nameEn, setNameEn] = useState(column.nameEn);
  const v = useMemo(() => validateForm(form), [form]);
  const nameOk = name.trim().length > 0;
  const errorCount = Object.keys(v.errors).length + (nameOk ? 0 : 1);
  const result = (): EditorResult | null =>
    v.ok && nameOk ? { name: name.trim(), nameEn: nameEn.trim(), components: v.components } : null;

  const setValue = (key: string, value: string | boolean) =>
    setForm((f) => ({ ...f, values: { ...f.values, [key]: value } }));
  const toggle = (s: (typeof SECTIONS)[number]) =>
    setForm((f) => ({ ...f, enabled: { ...f.enabled, [s]: !f.enabled[s] } }));

  return (
    <div className="inc-modal-backdrop no-print" role="dialog" aria-modal="true" data-testid="package-editor">
      <div className="inc-modal card">
        <header className="inc-modal-head">
          <h3>{t('editor.title', { name: column.name })}</h3>
          <button className="link" onClick={onClose}>
            ✕
          </button>
        </header>
        <div className="inc-editor-names">
          <label>
            <span>{t('editor.name')}</span>
            <input data-testid="editor-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
            {!nameOk ? <em className="error small">{t('editor.errors.nameRequired')}</em> : null}
          </label>
          <label>
            <span>{t('editor.nameEn')}</span>
            <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} maxLength={100} />
          </label>
        </div>
        <div className="inc-editor-body">
          {SECTIONS.map((s) => (
            <fieldset key={s} className={form.enabled[s] ? 'on' : 'off'} data-testid={`section-${s}`}>
              <legend>
                <label>
                  <input
                    type="checkbox"
                    checked={form.enabled[s]}
                    onChange={() => toggle(s)}
                    data-testid={`toggle-${s}`}
                  />{' '}
                  {t(`editor.sections.${s}`)}
                </label>
              </legend>
              {form.enabled[s] ? (
                <div className="inc-editor-grid">
                  {FIELDS.filter((d) => d.section === s).map((d) => {
                    const key = `${d.section}.${d.name}`;
                    const err = v.errors[key];
                    const val = form.values[key];
                    return d.kind === 'bool' ? (
                      <label key={key} className="inc-check">
                        <input
                          type="checkbox"
                          checked={val === true}
                          onChange={(e) => setValue(key, e.target.checked)}
                          data-testid={`field-${key}`}
                        />
                        {t(`editor.fields.${key}`)}
                      </label>
                    ) : (
                      <label key={key} className={err ? 'invalid' : ''}>
                        <span>{t(`editor.fields.${key}`)}</span>
                        <input
                          data-testid={`field-${key}`}
                          inputMode={d.kind === 'text' ? 'text' : 'decimal'}
                          value={String(val)}
                          onChange={(e) => setValue(key, e.target.value)}
                          className={d.kind === 'text' ? 'wide' : ''}
                        />
                        {err ? (
                          <em className="error small" data-testid={`error-${key}`}>
                            {t(`editor.errors.${err.key}`, err.args)}
                          </em>
                        ) : null}
                      </label>
                    );
                  })}
                </div>
              ) : null}
            </fieldset>
          ))}
        </div>
        <footer className="inc-modal-foot">
          {errorCount ? (
            <span className="error" data-testid="editor-invalid">
              {t('editor.invalid', { n: errorCount })}
            </span>
          ) : null}
          {saveError ? <span className="error">{saveError}</span> : null}
          <span className="inc-spacer" />
          <button onClick={onClose}>{t('editor.cancel')}</button>
          <button
            data-testid="editor-apply"
            disabled={!result()}
            onClick={() => {
              const r = result();
              if (r) onApply(r);
            }}
          >
            {t('editor.apply')}
          </button>
          {canSave ? (
            <button
              className="primary"
              data-testid="editor-save"
              disabled={!result() || saving}
              onClick={() => {
                const r = result();
                if (r) onSave(r);
              }}
            >
              {saving ? t('editor.saving') : t('editor.save')}
            </button>
          ) : null}
        </footer>
      </div>
    </div>
  );
}
