import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';
import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';

// ng-zorro formats dates (date pickers) with Angular's locale data; English is built in.
registerLocaleData(zh);

bootstrapApplication(App, appConfig).catch(err => console.error(err));
