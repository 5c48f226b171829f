import { createPolicyForm, createRuleForm, fillPolicyForm, toUpdatePolicyDto } from './policy-form';

const saved = {
  editionId: 'ed', editionYear: 2024, firstContactDays: 30, cultivationYears: 3, defaultDays: 60, concurrencyStamp: 'stamp-1',
  rules: [
    { track: 'Enterprise' as const, prizeLevel: 'First' as const, days: 30 },
    { track: 'Enterprise' as const, prizeLevel: 'Excellence' as const, days: 90 },
    { track: 'Maker' as const, prizeLevel: null, days: 30 }
  ]
};

describe('cadence policy form', () => {
  it('shows a saved policy and sends it back unchanged, "every prize" as null', () => {
    const form = createPolicyForm();
    fillPolicyForm(form, saved);
    expect(form.valid).toBe(true);
    expect(form.pristine).toBe(true);
    expect(form.controls.rules.at(2).controls.prizeLevel.value).toBe('all');
    expect(toUpdatePolicyDto(form, saved.concurrencyStamp)).toEqual({
      firstContactDays: 30, cultivationYears: 3, defaultDays: 60, concurrencyStamp: 'stamp-1', rules: saved.rules
    });
  });

  it('allows one rule per track and prize (the server\'s CadenceRuleTwice), marking the later one', () => {
    const form = createPolicyForm();
    fillPolicyForm(form, saved);
    form.controls.rules.push(createRuleForm('Enterprise', 'First', 45));
    expect(form.valid).toBe(false);
    expect(form.controls.rules.at(3).controls.prizeLevel.errors).toEqual({ ruleTwice: true });
    expect(form.controls.rules.at(0).controls.prizeLevel.errors).toBeNull();
    // The same prize on the other track is a different rule.
    form.controls.rules.at(3).controls.track.setValue('Maker');
    expect(form.controls.rules.at(3).controls.prizeLevel.errors).toBeNull();
    expect(form.valid).toBe(true);
    form.controls.rules.at(3).controls.prizeLevel.setValue('all');
    expect(form.controls.rules.at(3).controls.prizeLevel.errors).toEqual({ ruleTwice: true });
  });

  it('keeps days within 1–3650 and whole, years within 1–20', () => {
    const form = createPolicyForm();
    fillPolicyForm(form, saved);
    form.controls.defaultDays.setValue(0);
    form.controls.cultivationYears.setValue(21);
    form.controls.rules.at(0).controls.days.setValue(12.5);
    expect(form.controls.defaultDays.errors).toEqual({ min: { min: 1, actual: 0 } });
    expect(form.controls.cultivationYears.errors).toEqual({ max: { max: 20, actual: 21 } });
    expect(form.controls.rules.at(0).controls.days.errors).toEqual({ integer: true });
    form.controls.firstContactDays.setValue(null);
    expect(form.controls.firstContactDays.errors).toEqual({ required: true });
  });
});
