import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';
import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';
import { preloadRouteChunks } from './app/core/startup/route-preloads';

// ng-zorro formats dates (date pickers) with Angular's locale data; English is built in.
registerLocaleData(zh);

// A signed-in user opening a page directly: fetch that page's chunks now, all at once.
preloadRouteChunks(document, location.pathname);

bootstrapApplication(App, appConfig).catch(err => console.error(err));
