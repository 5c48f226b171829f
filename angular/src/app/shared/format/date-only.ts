/** The server's DateOnly values travel as yyyy-MM-dd; date pickers work with Date objects. */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A Date (local calendar day) or a yyyy-MM-dd string → yyyy-MM-dd; null for empty or invalid input. */
export function parseDateOnly(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    return value;
  }
  return null;
}

/** yyyy-MM-dd → a Date at local midnight, for a date picker. */
export function toDate(value: string | null | undefined): Date | null {
  const match = value ? DATE_ONLY.exec(value) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

export function todayDateOnly(): string {
  return parseDateOnly(new Date()) as string;
}

const shanghaiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Shanghai (yyyy-MM-dd): the calendar the server computes due dates and "not in the future" in. */
export function shanghaiToday(now: Date = new Date()): string {
  return shanghaiDay.format(now);
}

/** Whole days from `from` to `to` (both yyyy-MM-dd): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  const b = Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)));
  return Math.round((b - a) / 86_400_000);
}

/** yyyy-MM-dd plus some days. */
export function addDays(date: string, days: number): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days));
  return d.toISOString().slice(0, 10);
}
