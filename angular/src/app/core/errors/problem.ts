import { HttpErrorResponse } from '@angular/common/http';

/** An RFC 9110 problem as the server sends it; `title` is already in the requested language. */
export interface Problem {
  status: number;
  title: string | null;
  code: string | null;
  traceId: string | null;
  /** Field errors keyed by camelCase DTO paths, e.g. creditCode or stages[0].startDate. */
  errors: Record<string, string[]>;
}

export const ErrorCodes = {
  concurrencyConflict: 'Cultivation:00002',
  invalidCredentials: 'Cultivation:04001',
  lockedOut: 'Cultivation:04002',
  invalidRefreshToken: 'Cultivation:04004',
  districtOutOfScope: 'Cultivation:04017'
} as const;

export function toProblem(error: unknown): Problem {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, title: null, code: null, traceId: null, errors: {} };
  }
  const body = parseBody(error.error);
  return {
    status: error.status,
    title: typeof body['title'] === 'string' ? body['title'] : null,
    code: typeof body['code'] === 'string' ? body['code'] : null,
    traceId: typeof body['traceId'] === 'string' ? body['traceId'] : null,
    errors: readErrors(body['errors'])
  };
}

export function isConcurrencyConflict(problem: Problem): boolean {
  return problem.status === 409 && problem.code === ErrorCodes.concurrencyConflict;
}

function parseBody(body: unknown): Record<string, unknown> {
  if (typeof body === 'string') {
    try {
      return parseBody(JSON.parse(body));
    } catch {
      return {};
    }
  }
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
}

function readErrors(value: unknown): Record<string, string[]> {
  if (value === null || typeof value !== 'object') {
    return {};
  }
  const errors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value as Record<string, unknown>)) {
    errors[field] = Array.isArray(messages) ? messages.map(String) : [String(messages)];
  }
  return errors;
}
