import { describe, expect, it } from 'vitest';
import {
  componentsFromForm,
  defaultComponents,
  formFromComponents,
  validateForm,
} from '@/features/incentives/model/editor-form';
import { drafts, park, project } from './fixtures';

const facts = { ...project, listedLandPriceWanPerMu: park.listedLandPriceWanPerMu, minFar: park.minFar };
const defaults = defaultComponents(facts);

describe('package editor form', () => {
  it('when every template goes through the form unchanged, then the validated components equal the template', () => {
    for (const d of drafts) {
      const v = validateForm(formFromComponents(d.components, defaults));
      expect(v.ok).toBe(true);
      if (v.ok) expect(v.components).toEqual(d.components);
    }
  });

  it('when shares are shown, then they are percentages without float noise and come back as 0..1', () => {
    const form = formFromComponents(drafts[1].components, defaults);
    expect(form.values['equity.buybackRate']).toBe('3'); // the one-year LPR setting (rule rate.benchmark);
    expect(form.values['equity.share']).toBe('20');
    form.values['equity.share'] = '25';
    expect(componentsFromForm(form).equity?.share).toBe(0.25);
  });

  it('when a section is unticked, then the component is left out; ticked, it starts from sized defaults', () => {
    const form = formFromComponents(drafts[0].components, defaults);
    expect(form.enabled.equity).toBe(false);
    expect(componentsFromForm(form).equity).toBeUndefined();
    form.enabled.equity = true;
    const v = validateForm(form);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.components.equity?.amountWan).toBe(6000);
  });

  it('when fields are empty, fractional or out of range, then each gets its own error in the unit typed', () => {
    const form = formFromComponents(drafts[1].components, defaults);
    form.values['equity.amountWan'] = '';
    form.values['equity.exitYear'] = '4.5';
    form.values['equity.share'] = '120';
    form.values['land.priceWanPerMu'] = 'abc';
    const v = validateForm(form);
    expect(v.ok).toBe(false);
    expect(v.errors['equity.amountWan']).toEqual({ key: 'notNumber' });
    expect(v.errors['equity.exitYear']).toEqual({ key: 'notInteger' });
    expect(v.errors['equity.share']).toEqual({ key: 'tooBig', args: { max: 100 } });
    expect(v.errors['land.priceWanPerMu']).toEqual({ key: 'notNumber' });
  });

  it("when the lease gives more free months than it lasts, then the schema's cross-field rule is named", () => {
    const form = formFromComponents(drafts[2].components, defaults);
    form.values['lease.freeMonths'] = '60';
    form.values['lease.halfRentMonths'] = '12';
    expect(validateForm(form).errors['lease.freeMonths']).toEqual({ key: 'freeMonths' });
  });

  it(
    'when the clawback year is before the commitment year, then it is ' + 'flagged; an empty transfer year means none',
    () => {
      const form = formFromComponents(drafts[2].components, defaults);
      form.values['commitments.clawbackYear'] = '1';
      form.values['lease.transferYear'] = '';
      const v = validateForm(form);
      expect(v.errors['commitments.clawbackYear']).toEqual({ key: 'clawbackYear' });
      expect(componentsFromForm(form).lease?.transferYear).toBeNull();
    },
  );
});
