import { Component, computed, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { SessionService } from '../auth/session.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ADMIN_MENU, MAIN_MENU, visibleEntries } from './menu';

@Component({
  selector: 'app-side-menu',
  imports: [RouterLink, NzMenuModule, NzIconModule, TranslatePipe],
  template: `
    <ul nz-menu nzMode="inline" nzTheme="dark" [nzInlineCollapsed]="collapsed()" data-testid="side-menu">
      @for (entry of main(); track entry.path) {
        <li nz-menu-item nzMatchRouter [nzMatchRouterExact]="!!entry.exact" (click)="navigated.emit()">
          <a [routerLink]="entry.path" [attr.data-menu]="entry.path">
            <nz-icon [nzType]="entry.icon" />
            <span>{{ entry.label | t }}</span>
          </a>
        </li>
      }
      @if (admin().length) {
        <li nz-submenu [nzTitle]="adminTitle" nzIcon="setting" [nzOpen]="true">
          <ul>
            @for (entry of admin(); track entry.path) {
              <li nz-menu-item nzMatchRouter (click)="navigated.emit()">
                <a [routerLink]="entry.path" [attr.data-menu]="entry.path">
                  <nz-icon [nzType]="entry.icon" />
                  <span>{{ entry.label | t }}</span>
                </a>
              </li>
            }
          </ul>
        </li>
      }
    </ul>
    <ng-template #adminTitle>{{ adminGroup.label | t }}</ng-template>
  `
})
export class SideMenu {
  private readonly session = inject(SessionService);

  readonly collapsed = input(false);
  readonly navigated = output<void>();

  protected readonly adminGroup = ADMIN_MENU;
  protected readonly main = computed(() => visibleEntries(MAIN_MENU, this.session.granted()));
  protected readonly admin = computed(() => visibleEntries(ADMIN_MENU.entries, this.session.granted()));
}
