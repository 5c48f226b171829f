import { createFactsForm, createHonourGroup, createRoundGroup, factsControlPath, fillFactsForm, lastYears, toFacts } from './facts-form';

describe('policy facts form', () => {
  it('offers the three financial years before the assessment year', () => {
    expect(lastYears('2026-04-01')).toEqual([2025, 2024, 2023]);
    expect(createFactsForm('2026-12-03').controls.years.getRawValue().map(y => y.year)).toEqual([2025, 2024, 2023]);
  });

  it('sends nothing for an empty form: a missing fact is left out, never 0', () => {
    expect(toFacts(createFactsForm('2026-12-03'))).toEqual({});
  });

  it('converts 万元 to yuan and % to fractions, keeping only what was typed', () => {
    const form = createFactsForm('2026-12-03');
    form.controls.years.at(0).patchValue({ operatingRevenue: 1234.56, rdExpense: 0, employees: 40 });
    form.controls.years.at(1).patchValue({ operatingRevenue: 800 });
    form.patchValue({ nicheMarketShare: 12.5, listed: 'no', foundedOn: new Date(2019, 4, 20), ipClassI: 2 });
    form.controls.confirmations.patchValue({ GovernanceStandardised: 'yes', NicheShareAmongLeaders: 'no' });
    expect(toFacts(form)).toEqual({
      years: [{ year: 2025, operatingRevenue: 12_345_600, rdExpense: 0, employees: 40 }, { year: 2024, operatingRevenue: 8_000_000 }],
      foundedOn: '2019-05-20',
      listed: false,
      nicheMarketShare: 0.125,
      ipClassI: 2,
      confirmations: { GovernanceStandardised: true, NicheShareAmongLeaders: false }
    });
  });

  it('tells "no financing" (known, none) from "unknown"', () => {
    const form = createFactsForm('2026-12-03');
    expect(toFacts(form).financingRounds).toBeUndefined();
    form.controls.financingKnown.setValue(true);
    expect(toFacts(form).financingRounds).toEqual([]);
    const round = createRoundGroup();
    round.patchValue({ amount: 3000, date: '2025-06-30', qualifiedInvestor: true, postMoneyValuation: 100_000 });
    form.controls.financingRounds.push(round);
    const honour = createHonourGroup();
    honour.patchValue({ kind: 'ChuangkeTop500Enterprise', awardedOn: '2024-11-01' });
    form.controls.honoursKnown.setValue(true);
    form.controls.honours.push(honour);
    const facts = toFacts(form);
    expect(facts.financingRounds).toEqual([{ amount: 30_000_000, date: '2025-06-30', qualifiedInvestor: true, postMoneyValuation: 1_000_000_000 }]);
    expect(facts.honours).toEqual([{ kind: 'ChuangkeTop500Enterprise', awardedOn: '2024-11-01' }]);
  });

  it('refills the form from stored facts so that the same facts go out again', () => {
    const form = createFactsForm('2026-12-03');
    form.controls.years.at(0).patchValue({ operatingRevenue: 1234.56, rdStaff: 7 });
    form.patchValue({ nicheMarketShare: 5.07, listed: 'yes', titlesKnown: true });
    form.controls.confirmations.patchValue({ WomanLed: 'yes' });
    const facts = toFacts(form);
    const again = createFactsForm('2026-12-03');
    fillFactsForm(again, facts);
    expect(toFacts(again)).toEqual(facts);
  });

  it('maps the server\'s facts paths to the form\'s controls', () => {
    expect(factsControlPath('facts.years[0].rdExpense')).toBe('years.0.rdExpense');
    expect(factsControlPath('Facts.NicheMarketShare')).toBe('nicheMarketShare');
    expect(factsControlPath('programmeCode')).toBeNull();
  });
});
