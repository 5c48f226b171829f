import { amountText, interestBlocked, showsExactFigures } from './profile-figures';

describe('published profile figures', () => {
  it('shows the financing need in 万元, or the band when no amount is given', () => {
    expect(amountText({ financingAmountMin: 10_000_000, financingAmountMax: 30_000_000, financingAmountBand: 'From10MTo50M' })).toEqual({ kind: 'range', min: 1000, max: 3000 });
    expect(amountText({ financingAmountMin: 5_000_000, financingAmountMax: null, financingAmountBand: null })).toEqual({ kind: 'from', min: 500 });
    expect(amountText({ financingAmountMin: null, financingAmountMax: null, financingAmountBand: 'Under5M' })).toEqual({ kind: 'band', band: 'Under5M' });
    expect(amountText({ financingAmountMin: null, financingAmountMax: null, financingAmountBand: null })).toEqual({ kind: 'none' });
  });

  it('explains why interest cannot be expressed', () => {
    expect(interestBlocked({ interestExpressed: false, acceptsIntroductions: true, isPublished: true })).toBeNull();
    expect(interestBlocked({ interestExpressed: true, acceptsIntroductions: true, isPublished: true })).toBe('expressed');
    expect(interestBlocked({ interestExpressed: false, acceptsIntroductions: false, isPublished: true })).toBe('noIntroductions');
    expect(interestBlocked({ interestExpressed: false, acceptsIntroductions: true, isPublished: false })).toBe('notPublished');
  });

  it('shows exact figures only when the server sent them', () => {
    expect(showsExactFigures({ operatingRevenue: 12_000_000, revenueGrowth: 0.3 })).toBe(true);
    expect(showsExactFigures({ operatingRevenue: null, revenueGrowth: null })).toBe(false);
  });
});
