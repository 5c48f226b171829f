import { Component, inject } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { TokenStore } from '../auth/token-store';
import { ApplicationConfigurationService } from '../i18n/application-configuration.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';

/** 中文 ⇄ English; the choice is kept in localStorage, sent to the API as Accept-Language, and the server's labels follow. */
@Component({
  selector: 'app-language-switch',
  imports: [NzButtonModule, NzIconModule, TranslatePipe],
  template: `
    <button nz-button nzType="text" class="language-switch" data-testid="language-switch"
      [attr.aria-label]="'shell.switchLanguage' | t" (click)="toggle()">
      <nz-icon nzType="global" />
      <span>{{ i18n.language() === 'en' ? '中文' : 'EN' }}</span>
    </button>
  `,
  styles: `.language-switch { color: inherit; }`
})
export class LanguageSwitch {
  protected readonly i18n = inject(I18nService);
  private readonly configuration = inject(ApplicationConfigurationService);
  private readonly tokens = inject(TokenStore);

  /** Switches once the server's labels of the other language are loaded (signed in), so no key flashes. */
  toggle(): Promise<void> {
    return this.configuration.switchLanguage(this.i18n.language() === 'en' ? 'zh-CN' : 'en', this.tokens.tokens() !== null);
  }
}
