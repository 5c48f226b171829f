import { Component, inject, signal } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { TranslatePipe } from '../i18n/translate.pipe';
import { BreakpointService } from './breakpoint.service';
import { LanguageSwitch } from './language-switch';
import { SideMenu } from './side-menu';
import { UserMenu } from './user-menu';
import { NotificationBell } from '../../notifications/notification-bell';

/** The signed-in frame: side menu (a drawer on phones), header with user and language, the page. */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, RouterLink, NzLayoutModule, NzDrawerModule, NzButtonModule, NzIconModule, TranslatePipe, SideMenu, UserMenu, LanguageSwitch, NotificationBell],
  templateUrl: './shell.html',
  styleUrl: './shell.scss'
})
export class Shell {
  protected readonly narrow = inject(BreakpointService).isNarrow;
  protected readonly collapsed = signal(false);
  protected readonly drawerOpen = signal(false);
}
