/** Amounts travel in yuan (元); forms and tables show 万元 (10,000 yuan). */
export const YUAN_PER_WAN = 10_000;

export function yuanToWan(yuan: number | null | undefined): number | null {
  return yuan === null || yuan === undefined ? null : Math.round((yuan / YUAN_PER_WAN) * 1_000_000) / 1_000_000;
}

export function wanToYuan(wan: number | null | undefined): number | null {
  return wan === null || wan === undefined || Number.isNaN(wan) ? null : Math.round(wan * YUAN_PER_WAN * 100) / 100;
}
