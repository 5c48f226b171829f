/** The server masks phones and e-mails (138****5678) for readers without Cultivation.PersonalData. */
export function isMaskedValue(value: string | null | undefined): boolean {
  return (value ?? '').includes('*');
}
