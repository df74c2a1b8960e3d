import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncentivePackage } from '@shared/types/incentive-package';
import { ApiError } from '@/lib/api';
import { errorText } from '@/i18n/errors';
import { useDeletePackage } from '../api/packages';
import type { Column } from '../model/columns';

interface Notice {
  kind: 'done' | 'error';
  text: string;
}

/**
 * The project's saved packages as chips: click to compare; for those the user may delete, a delete
 * button that first asks in place. The outcome stays in the row after the chip itself is gone.
 */
export function SavedPackages({
  projectId,
  saved,
  columns,
  room,
  en,
  canDelete,
  onAdd,
  onDeleted,
}: {
  projectId: number;
  saved: readonly IncentivePackage[];
  columns: readonly Column[];
  room: boolean;
  en: boolean;
  canDelete(p: IncentivePackage): boolean;
  onAdd(p: IncentivePackage): void;
  /** The package no longer exists: take it off the comparison. */
  onDeleted(id: number): void;
}) {
  const { t, i18n } = useTranslation('incentives');
  const del = useDeletePackage(projectId);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const ask = (id: number) => {
    setNotice(null);
    setConfirming(id);
  };
  const confirm = (p: IncentivePackage, name: string) =>
    del.mutate(p.id, {
      onSuccess: () => {
        setConfirming(null);
        onDeleted(p.id);
        setNotice({ kind: 'done', text: t('del.done', { name }) });
      },
      onError: (e) => {
        setConfirming(null);
        // Already gone (deleted elsewhere): what the user wanted, but say so rather than pretend.
        if (e instanceof ApiError && e.status === 404) onDeleted(p.id);
        setNotice({ kind: 'error', text: t('del.failed', { name, msg: errorText(e, i18n.language) }) });
      },
    });

  return (
    <>
      {saved.length === 0 ? <span className="muted small">{t('available.noneSaved')}</span> : null}
      {saved.map((p) => {
        const name = en ? p.nameEn || p.name : p.name;
        const shown = columns.some((c) => c.id === p.id);
        if (confirming === p.id) {
          return (
            <span
              key={p.id}
              className="inc-del-confirm"
              role="alertdialog"
              aria-label={t('del.label', { name })}
              data-testid={`delete-confirm-${p.id}`}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setConfirming(null);
              }}
            >
              <span>{t(shown ? 'del.confirmShown' : 'del.confirm', { name })}</span>
              <button
                className="inc-danger-btn"
                disabled={del.isPending}
                onClick={() => confirm(p, name)}
                data-testid="delete-confirm-yes"
              >
                {del.isPending ? t('del.deleting') : t('del.submit')}
              </button>
              <button
                autoFocus
                disabled={del.isPending}
                onClick={() => setConfirming(null)}
                data-testid="delete-confirm-no"
              >
                {t('del.cancel')}
              </button>
            </span>
          );
        }
        return (
          <span key={p.id} className="inc-chip-group">
            <button
              className="inc-chip"
              data-testid={`add-saved-${p.id}`}
              disabled={shown || !room}
              onClick={() => onAdd(p)}
            >
              ＋ {name}
            </button>
            {canDelete(p) ? (
              <button
                className="inc-chip-del"
                data-testid={`delete-saved-${p.id}`}
                aria-label={t('del.label', { name })}
                title={t('del.label', { name })}
                disabled={del.isPending}
                onClick={() => ask(p.id)}
              >
                {t('del.action')}
              </button>
            ) : null}
          </span>
        );
      })}
      {notice ? (
        <span
          className={`inc-del-notice ${notice.kind === 'error' ? 'error' : 'inc-ok'}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="delete-notice"
        >
          {notice.text}
          <button
            className="link"
            aria-label={t('del.dismiss')}
            title={t('del.dismiss')}
            onClick={() => setNotice(null)}
          >
            ✕
          </button>
        </span>
      ) : null}
    </>
  );
}
