import { Injectable, inject } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../i18n/i18n.service';
import { MessageKey } from '../i18n/messages.zh-CN';
import { Problem, toProblem } from './problem';

/** Friendly messages for failed calls: the server's localized title, or a plain sentence for its status. */
@Injectable({ providedIn: 'root' })
export class ErrorNotifier {
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  describe(problem: Problem): string {
    if (problem.title) {
      return problem.title;
    }
    return this.i18n.t(fallbackKey(problem.status));
  }

  /** Shows the error as a toast and returns the parsed problem for further handling. */
  show(error: unknown): Problem {
    const problem = toProblem(error);
    if (problem.status !== 401) {
      this.message.error(this.describe(problem), { nzDuration: 5000 });
    }
    return problem;
  }

  success(key: MessageKey): void {
    this.message.success(this.i18n.t(key));
  }
}

function fallbackKey(status: number): MessageKey {
  switch (status) {
    case 0:
    case -1:
      return 'error.network';
    case 400:
      return 'error.badRequest';
    case 401:
      return 'error.unauthorized';
    case 403:
      return 'error.forbidden';
    case 404:
      return 'error.notFound';
    case 409:
      return 'error.conflict';
    case 429:
      return 'error.tooManyRequests';
    default:
      return 'error.server';
  }
}
