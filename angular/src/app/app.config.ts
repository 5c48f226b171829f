import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling, withPreloading } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideNzConfig } from 'ng-zorro-antd/core/config';
import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { languageInterceptor } from './core/http/language.interceptor';
import { APP_ICONS } from './core/layout/icons';
import { SignedInPreloading } from './core/guards/prefetch';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
      withPreloading(SignedInPreloading)
    ),
    provideHttpClient(withInterceptors([languageInterceptor, authInterceptor])),
    // zh_CN first; I18nService switches to en_US at run time.
    provideNzI18n(zh_CN),
    provideNzIcons(APP_ICONS),
    provideNzConfig({ message: { nzMaxStack: 3 }, table: { nzSize: 'middle' } })
  ]
};
