import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { TranslatePipe } from '../i18n/translate.pipe';

/** The server could not be reached while loading the session. */
@Component({
  selector: 'app-unavailable-page',
  imports: [RouterLink, NzResultModule, NzButtonModule, TranslatePipe],
  template: `
    <nz-result nzStatus="500" [nzTitle]="'status.unavailableTitle' | t" [nzSubTitle]="'status.unavailableText' | t">
      <div nz-result-extra><a nz-button nzType="primary" routerLink="/">{{ 'common.retry' | t }}</a></div>
    </nz-result>
  `
})
export class UnavailablePage {}
