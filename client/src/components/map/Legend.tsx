import type { ReactNode } from 'react';

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** Columns after the label, already formatted (e.g. count, area). */
  values?: string[];
  /** Greyed out (e.g. filtered away). */
  off?: boolean;
}

export interface LegendProps {
  title: ReactNode;
  items: LegendItem[];
  /** Column headings for `values`. */
  columns?: string[];
  footer?: { label: string; values: string[] };
  onItemClick?: (key: string) => void;
  testId?: string;
}

/** A colour legend as a small table: swatch, label and figures per class. */
export function Legend({ title, items, columns, footer, onItemClick, testId }: LegendProps) {
  return (
    <div className="pm-legend" data-testid={testId}>
      <div className="pm-legend-title">{title}</div>
      <table>
        {columns && (
          <thead>
            <tr>
              <th />
              {columns.map((c) => (
                <th key={c} className="num">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {items.map((it) => (
            <tr
              key={it.key}
              data-key={it.key}
              className={`${it.off ? 'off' : ''} ${onItemClick ? 'clickable' : ''}`}
              onClick={onItemClick ? () => onItemClick(it.key) : undefined}
            >
              <td>
                <span className="pm-swatch" style={{ background: it.colour }} />
                {it.label}
              </td>
              {(it.values ?? []).map((v, i) => (
                <td key={i} className="num">
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer && (
          <tfoot>
            <tr>
              <td>{footer.label}</td>
              {footer.values.map((v, i) => (
                <td key={i} className="num">
                  {v}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
