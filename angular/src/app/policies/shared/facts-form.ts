import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { PolicyFacts } from '../../proxy/models/policy-facts';
import { PolicyHonourKind } from '../../proxy/models/policy-honour-kind';
import { RdInstitutionLevel } from '../../proxy/models/rd-institution-level';
import { parseDateOnly, toDate } from '../../shared/format/date-only';
import { CONFIRMATIONS } from './measure-catalog';

/**
 * The facts form of the 政策计算器 and of "assess now". Amounts are typed in 万元 and shares in %, as on the figures
 * tab; the server reads yuan and fractions. An empty field is left out of the facts (missing, never 0).
 */
export type TriState = 'unknown' | 'yes' | 'no';

type Num = FormControl<number | null>;
const num = (min?: number, max?: number): Num =>
  new FormControl<number | null>(null, [...(min !== undefined ? [Validators.min(min)] : []), ...(max !== undefined ? [Validators.max(max)] : [])]);

export function createYearGroup(year: number) {
  return new FormGroup({
    year: new FormControl<number>(year, { nonNullable: true, validators: [Validators.required, Validators.min(1990), Validators.max(2100)] }),
    operatingRevenue: num(0),
    mainBusinessRevenue: num(0),
    rdExpense: num(0),
    rdStaff: num(0),
    employees: num(0),
    totalAssets: num(0),
    totalLiabilities: num(0),
    netProfit: num()
  });
}

export function createRoundGroup() {
  return new FormGroup({
    amount: new FormControl<number | null>(null, [Validators.required, Validators.min(0)]),
    date: new FormControl<Date | string | null>(null, Validators.required),
    qualifiedInvestor: new FormControl<boolean>(true, { nonNullable: true }),
    postMoneyValuation: num(0)
  });
}

export function createHonourGroup() {
  return new FormGroup({
    kind: new FormControl<PolicyHonourKind | null>(null, Validators.required),
    awardedOn: new FormControl<Date | string | null>(null, Validators.required),
    validUntil: new FormControl<Date | string | null>(null),
    rank: num(1, 1000)
  });
}

export function createTitleGroup() {
  return new FormGroup({
    programmeCode: new FormControl<string | null>(null, Validators.required),
    grantedOn: new FormControl<Date | string | null>(null, Validators.required),
    validUntil: new FormControl<Date | string | null>(null)
  });
}

export type YearGroup = ReturnType<typeof createYearGroup>;
export type RoundGroup = ReturnType<typeof createRoundGroup>;
export type HonourGroup = ReturnType<typeof createHonourGroup>;
export type TitleGroup = ReturnType<typeof createTitleGroup>;

/** The financial years before the assessment year, newest first (the rules read "the last N years"). */
export function lastYears(assessmentDate: string, count = 3): number[] {
  const year = Number(assessmentDate.slice(0, 4));
  return Array.from({ length: count }, (_, i) => year - 1 - i);
}

export function createFactsForm(assessmentDate: string) {
  const confirmations: Record<string, FormControl<TriState>> = {};
  for (const c of CONFIRMATIONS) {
    confirmations[c.name] = new FormControl<TriState>('unknown', { nonNullable: true });
  }
  return new FormGroup({
    years: new FormArray<YearGroup>(lastYears(assessmentDate).map(createYearGroup)),
    financingKnown: new FormControl<boolean>(false, { nonNullable: true }),
    financingRounds: new FormArray<RoundGroup>([]),
    honoursKnown: new FormControl<boolean>(false, { nonNullable: true }),
    honours: new FormArray<HonourGroup>([]),
    titlesKnown: new FormControl<boolean>(false, { nonNullable: true }),
    titles: new FormArray<TitleGroup>([]),
    foundedOn: new FormControl<Date | string | null>(null),
    listed: new FormControl<TriState>('unknown', { nonNullable: true }),
    nicheMarketYears: num(0, 200),
    nicheMarketShare: num(0, 100),
    nicheMarketRank: num(1, 100000),
    ipClassIHighValue: num(0),
    ipClassISelfDeveloped: num(0),
    ipClassI: num(0),
    ipClassII: num(0),
    rdInstitutionLevel: new FormControl<RdInstitutionLevel | null>(null),
    digitalisationLevel: num(0, 10),
    qualityItems: num(0, 10),
    mainProductFieldLevel: num(0, 2),
    developmentEvaluationScore: num(0, 100),
    localSpecialtyPoints: num(0, 100),
    confirmations: new FormGroup(confirmations)
  });
}

export type FactsForm = ReturnType<typeof createFactsForm>;

const has = (v: number | null | undefined): v is number => v !== null && v !== undefined && !Number.isNaN(v);
/** 万元 → yuan, kept to the fen. */
export const wanToYuan = (v: number): number => Math.round(v * 1_000_000) / 100;
/** yuan → 万元. */
export const yuanToWan = (v: number): number => Math.round(v) / 10_000;
/** % → fraction. */
export const percentToFraction = (v: number): number => Math.round(v * 10_000) / 1_000_000;

function put<T>(target: Record<string, unknown>, key: string, value: T | null | undefined): void {
  if (value !== null && value !== undefined) {
    target[key] = value;
  }
}

/** The form as the server's facts: only what was typed; amounts in yuan, shares as fractions. */
export function toFacts(form: FactsForm): PolicyFacts {
  const v = form.getRawValue();
  const facts: Record<string, unknown> = {};
  const years = v.years
    .filter(y => has(y.year))
    .map(y => {
      const out: Record<string, unknown> = { year: y.year };
      for (const key of ['operatingRevenue', 'mainBusinessRevenue', 'rdExpense', 'totalAssets', 'totalLiabilities', 'netProfit'] as const) {
        put(out, key, has(y[key]) ? wanToYuan(y[key]) : null);
      }
      for (const key of ['rdStaff', 'employees'] as const) {
        put(out, key, has(y[key]) ? y[key] : null);
      }
      return out;
    })
    .filter(y => Object.keys(y).length > 1);
  if (years.length) {
    facts['years'] = years;
  }
  if (v.financingKnown) {
    facts['financingRounds'] = v.financingRounds
      .filter(r => has(r.amount) && parseDateOnly(r.date))
      .map(r => {
        const round: Record<string, unknown> = { amount: wanToYuan(r.amount!), date: parseDateOnly(r.date), qualifiedInvestor: r.qualifiedInvestor };
        put(round, 'postMoneyValuation', has(r.postMoneyValuation) ? wanToYuan(r.postMoneyValuation) : null);
        return round;
      });
  }
  if (v.honoursKnown) {
    facts['honours'] = v.honours
      .filter(h => h.kind && parseDateOnly(h.awardedOn))
      .map(h => {
        const honour: Record<string, unknown> = { kind: h.kind, awardedOn: parseDateOnly(h.awardedOn) };
        put(honour, 'validUntil', parseDateOnly(h.validUntil));
        put(honour, 'rank', has(h.rank) ? h.rank : null);
        return honour;
      });
  }
  if (v.titlesKnown) {
    facts['titles'] = v.titles
      .filter(t => t.programmeCode && parseDateOnly(t.grantedOn))
      .map(t => {
        const title: Record<string, unknown> = { programmeCode: t.programmeCode, grantedOn: parseDateOnly(t.grantedOn) };
        put(title, 'validUntil', parseDateOnly(t.validUntil));
        return title;
      });
  }
  put(facts, 'foundedOn', parseDateOnly(v.foundedOn));
  put(facts, 'listed', v.listed === 'unknown' ? null : v.listed === 'yes');
  put(facts, 'nicheMarketYears', has(v.nicheMarketYears) ? v.nicheMarketYears : null);
  put(facts, 'nicheMarketShare', has(v.nicheMarketShare) ? percentToFraction(v.nicheMarketShare) : null);
  for (const key of [
    'nicheMarketRank', 'ipClassIHighValue', 'ipClassISelfDeveloped', 'ipClassI', 'ipClassII', 'digitalisationLevel', 'qualityItems',
    'mainProductFieldLevel', 'developmentEvaluationScore', 'localSpecialtyPoints'
  ] as const) {
    put(facts, key, has(v[key]) ? v[key] : null);
  }
  put(facts, 'rdInstitutionLevel', v.rdInstitutionLevel);
  const confirmations: Record<string, boolean> = {};
  for (const [name, state] of Object.entries(v.confirmations as Record<string, TriState>)) {
    if (state !== 'unknown') {
      confirmations[name] = state === 'yes';
    }
  }
  if (Object.keys(confirmations).length) {
    facts['confirmations'] = confirmations;
  }
  return facts as PolicyFacts;
}

/** Fills the form from stored facts (a past assessment's), the inverse of {@link toFacts}. */
export function fillFactsForm(form: FactsForm, facts: PolicyFacts | null | undefined): void {
  const wan = (v: number | null | undefined): number | null => (has(v) ? yuanToWan(v) : null);
  form.controls.years.clear();
  for (const y of [...(facts?.years ?? [])].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))) {
    const group = createYearGroup(y.year ?? 0);
    group.patchValue({
      operatingRevenue: wan(y.operatingRevenue), mainBusinessRevenue: wan(y.mainBusinessRevenue), rdExpense: wan(y.rdExpense),
      rdStaff: y.rdStaff ?? null, employees: y.employees ?? null, totalAssets: wan(y.totalAssets), totalLiabilities: wan(y.totalLiabilities),
      netProfit: wan(y.netProfit)
    });
    form.controls.years.push(group);
  }
  form.controls.financingRounds.clear();
  for (const r of facts?.financingRounds ?? []) {
    const group = createRoundGroup();
    group.patchValue({ amount: wan(r.amount), date: toDate(r.date), qualifiedInvestor: r.qualifiedInvestor ?? false, postMoneyValuation: wan(r.postMoneyValuation) });
    form.controls.financingRounds.push(group);
  }
  form.controls.honours.clear();
  for (const h of facts?.honours ?? []) {
    const group = createHonourGroup();
    group.patchValue({ kind: h.kind ?? null, awardedOn: toDate(h.awardedOn), validUntil: toDate(h.validUntil), rank: h.rank ?? null });
    form.controls.honours.push(group);
  }
  form.controls.titles.clear();
  for (const t of facts?.titles ?? []) {
    const group = createTitleGroup();
    group.patchValue({ programmeCode: t.programmeCode ?? null, grantedOn: toDate(t.grantedOn), validUntil: toDate(t.validUntil) });
    form.controls.titles.push(group);
  }
  const confirmations: Record<string, TriState> = {};
  for (const c of CONFIRMATIONS) {
    const value = facts?.confirmations?.[c.name];
    confirmations[c.name] = value === undefined || value === null ? 'unknown' : value ? 'yes' : 'no';
  }
  form.patchValue({
    financingKnown: facts?.financingRounds !== null && facts?.financingRounds !== undefined,
    honoursKnown: facts?.honours !== null && facts?.honours !== undefined,
    titlesKnown: facts?.titles !== null && facts?.titles !== undefined,
    foundedOn: toDate(facts?.foundedOn),
    listed: facts?.listed === null || facts?.listed === undefined ? 'unknown' : facts.listed ? 'yes' : 'no',
    nicheMarketYears: facts?.nicheMarketYears ?? null,
    nicheMarketShare: has(facts?.nicheMarketShare) ? Math.round(facts!.nicheMarketShare! * 1_000_000) / 10_000 : null,
    nicheMarketRank: facts?.nicheMarketRank ?? null,
    ipClassIHighValue: facts?.ipClassIHighValue ?? null,
    ipClassISelfDeveloped: facts?.ipClassISelfDeveloped ?? null,
    ipClassI: facts?.ipClassI ?? null,
    ipClassII: facts?.ipClassII ?? null,
    rdInstitutionLevel: facts?.rdInstitutionLevel ?? null,
    digitalisationLevel: facts?.digitalisationLevel ?? null,
    qualityItems: facts?.qualityItems ?? null,
    mainProductFieldLevel: facts?.mainProductFieldLevel ?? null,
    developmentEvaluationScore: facts?.developmentEvaluationScore ?? null,
    localSpecialtyPoints: facts?.localSpecialtyPoints ?? null,
    confirmations
  });
}

/** Server field errors of the facts (facts.years[0].rdExpense) → the form's control path (years.0.rdExpense). */
export function factsControlPath(serverPath: string): string | null {
  const match = /^(?:input\.)?facts\.?(.*)$/i.exec(serverPath);
  if (!match) {
    return null;
  }
  return match[1].replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '').replace(/^(\w)/, c => c.toLowerCase());
}
