import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';

/** Every API call says which language the server's messages (problem titles, field errors) should be in. */
export const languageInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.includes('/api/')) {
    return next(request);
  }
  const language = inject(I18nService).acceptLanguage();
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};
