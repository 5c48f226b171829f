import { PublishedProfileDto } from '../../proxy/models/published-profile-dto';

/** How the financing need reads: a range in 万元 when amounts are given, else the band's label key. */
export type AmountText =
  | { kind: 'range'; min: number; max: number }
  | { kind: 'from'; min: number }
  | { kind: 'upTo'; max: number }
  | { kind: 'band'; band: string }
  | { kind: 'none' };

export function amountText(profile: Pick<PublishedProfileDto, 'financingAmountMin' | 'financingAmountMax' | 'financingAmountBand'>): AmountText {
  const min = profile.financingAmountMin ?? null;
  const max = profile.financingAmountMax ?? null;
  if (min !== null && max !== null) {
    return min === max ? { kind: 'upTo', max: max / 10_000 } : { kind: 'range', min: min / 10_000, max: max / 10_000 };
  }
  if (min !== null) {
    return { kind: 'from', min: min / 10_000 };
  }
  if (max !== null) {
    return { kind: 'upTo', max: max / 10_000 };
  }
  return profile.financingAmountBand ? { kind: 'band', band: profile.financingAmountBand } : { kind: 'none' };
}

/** Why an investor cannot express interest now, or null when the button is live. */
export function interestBlocked(profile: Pick<PublishedProfileDto, 'interestExpressed' | 'acceptsIntroductions' | 'isPublished'>):
  'expressed' | 'noIntroductions' | 'notPublished' | null {
  if (profile.interestExpressed) {
    return 'expressed';
  }
  if (!profile.isPublished) {
    return 'notPublished';
  }
  return profile.acceptsIntroductions ? null : 'noIntroductions';
}

/** Exact figures only when the enterprise consented (the server then sends them); else the bands. */
export function showsExactFigures(profile: Pick<PublishedProfileDto, 'operatingRevenue' | 'revenueGrowth'>): boolean {
  return profile.operatingRevenue !== null && profile.operatingRevenue !== undefined;
}
