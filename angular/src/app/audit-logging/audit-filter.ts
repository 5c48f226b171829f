import { FormControl, FormGroup } from '@angular/forms';

export function createAuditFilter() {
  return new FormGroup({
    userName: new FormControl<string | null>(null),
    entityType: new FormControl<string | null>(null),
    range: new FormControl<Date[] | null>(null)
  });
}

/** The data-change log's filters: a person, a module, an action, a data type, a day range, and whether jobs' activity shows too. */
export function createChangeFilter() {
  return new FormGroup({
    userId: new FormControl<string | null>(null),
    module: new FormControl<string | null>(null),
    action: new FormControl<string | null>(null),
    entityType: new FormControl<string | null>(null),
    range: new FormControl<Date[] | null>(null),
    includeSystem: new FormControl<boolean>(false, { nonNullable: true })
  });
}

/** A picked day range → UTC instants from the first day's start to the last day's end (local time). */
export function rangeToInstants(range: Date[] | null): { From?: string; To?: string } {
  if (!range || range.length !== 2 || !range[0] || !range[1]) {
    return {};
  }
  const from = new Date(range[0]);
  from.setHours(0, 0, 0, 0);
  const to = new Date(range[1]);
  to.setHours(23, 59, 59, 999);
  return { From: from.toISOString(), To: to.toISOString() };
}
