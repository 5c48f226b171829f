import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { TranslatePipe } from '../i18n/translate.pipe';

@Component({
  selector: 'app-forbidden-page',
  imports: [RouterLink, NzResultModule, NzButtonModule, TranslatePipe],
  template: `
    <nz-result nzStatus="403" [nzTitle]="'status.forbiddenTitle' | t" [nzSubTitle]="'status.forbiddenText' | t" data-testid="forbidden">
      <div nz-result-extra><a nz-button nzType="primary" routerLink="/">{{ 'status.backHome' | t }}</a></div>
    </nz-result>
  `
})
export class ForbiddenPage {}

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, NzResultModule, NzButtonModule, TranslatePipe],
  template: `
    <nz-result nzStatus="404" [nzTitle]="'status.notFoundTitle' | t" [nzSubTitle]="'status.notFoundText' | t">
      <div nz-result-extra><a nz-button nzType="primary" routerLink="/">{{ 'status.backHome' | t }}</a></div>
    </nz-result>
  `
})
export class NotFoundPage {}
