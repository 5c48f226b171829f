import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { applicationConfigurationGet } from '../../proxy/fn/application-configuration/application-configuration-get';
import { PermissionGroupDefinitionDto } from '../../proxy/models/permission-group-definition-dto';
import { ApiClient } from '../http/api-client';
import { I18nService } from './i18n.service';
import { Language, acceptLanguageOf } from './language';

/**
 * The server's labels (enums, fields, permissions, roles) and permission tree, from
 * GET /api/app/application-configuration, loaded with the session and again for another language. Each language
 * is fetched once per page load; the server answers with an ETag, so the browser revalidates instead of downloading.
 */
@Injectable({ providedIn: 'root' })
export class ApplicationConfigurationService {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18nService);
  private readonly loading = new Map<Language, Promise<void>>();
  private readonly groups = signal<Partial<Record<Language, PermissionGroupDefinitionDto[]>>>({});

  /** The permission tree with names in the current language (empty until loaded). */
  permissionGroups(): PermissionGroupDefinitionDto[] {
    return this.groups()[this.i18n.language()] ?? [];
  }

  /** Loads a language's configuration once; callers that ask meanwhile wait for the same load. */
  ensureLoaded(language: Language = this.i18n.language()): Promise<void> {
    if (this.i18n.hasServerTexts(language)) {
      return Promise.resolve();
    }
    let load = this.loading.get(language);
    if (!load) {
      load = this.load(language).finally(() => this.loading.delete(language));
      this.loading.set(language, load);
    }
    return load;
  }

  /** Switches the UI language once the server's labels of that language are here, so no key shows in between. */
  async switchLanguage(language: Language, signedIn: boolean): Promise<void> {
    if (signedIn) {
      try {
        await this.ensureLoaded(language);
      } catch {
        // Offline or expired: switch anyway; the labels follow with the next load.
      }
    }
    this.i18n.setLanguage(language);
  }

  private async load(language: Language): Promise<void> {
    const configuration = await firstValueFrom(this.api.call(applicationConfigurationGet, { Culture: acceptLanguageOf(language) }));
    this.groups.update(all => ({ ...all, [language]: configuration.permissionGroups ?? [] }));
    this.i18n.setServerTexts(language, configuration.texts ?? {});
  }
}
