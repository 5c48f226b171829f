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
