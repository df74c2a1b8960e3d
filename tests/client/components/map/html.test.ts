import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from '@/components/map/html';

describe('html`…` for map tooltips and labels', () => {
  it('escapes every interpolated value, so a name with markup stays text', () => {
    const name = '<img src=x onerror="alert(1)">&\'`';
    expect(html`<b>${name}</b>`.value).toBe('<b>&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;&#39;&#96;</b>');
  });

  it('keeps nested SafeHtml as markup and drops null, undefined and false', () => {
    const inner = html`<br />${'a<b'}`;
    expect(html`<i>${inner}</i>${null}${undefined}${false}${3}`.value).toBe('<i><br />a&#60;b</i>3');
    expect(SafeHtml.trusted('<svg/>').value).toBe('<svg/>');
  });

  it('escapeHtml leaves plain Chinese text unchanged', () => {
    expect(escapeHtml('城东工业园 · 12.5 亩')).toBe('城东工业园 · 12.5 亩');
  });
});
