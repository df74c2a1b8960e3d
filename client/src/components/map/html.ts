/**
 * HTML for Leaflet tooltips and div icons, which take markup rather than text. Every value put into
 * `html\`…\`` is escaped unless it is itself SafeHtml, so a park or enterprise named
 * `<img src=x onerror=…>` shows as those characters. Layers accept SafeHtml only, so a plain string
 * (for example a user-typed name) cannot reach innerHTML by mistake: the type checker refuses it.
 */
export class SafeHtml {
  private constructor(readonly value: string) {}
  /** Markup written in code, never user text. */
  static trusted(markup: string): SafeHtml {
    return new SafeHtml(markup);
  }
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | SafeHtml | null | undefined | false;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const part = (v: HtmlValue): string =>
  v instanceof SafeHtml ? v.value : v == null || v === false ? '' : escapeHtml(String(v));

/** Tagged template: the literal parts are markup, every `${value}` is text (or nested SafeHtml). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  values.forEach((v, i) => {
    out += part(v) + strings[i + 1];
  });
  return SafeHtml.trusted(out);
}
