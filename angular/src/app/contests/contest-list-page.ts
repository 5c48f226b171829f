import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { Permissions } from '../core/auth/permissions';
import { SessionService } from '../core/auth/session.service';
import { ErrorNotifier } from '../core/errors/error-notifier';
import { toProblem } from '../core/errors/problem';
import { ApiClient } from '../core/http/api-client';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { contestEditionGetList } from '../proxy/fn/contest-edition/contest-edition-get-list';
import { ContestEditionListItemDto } from '../proxy/models/contest-edition-list-item-dto';
import { PageHeader } from '../shared/ui/page-header';
import { LoadFailed } from '../shared/ui/load-failed';

@Component({
  selector: 'app-contest-list-page',
  imports: [LoadFailed, RouterLink, NzCardModule, NzGridModule, NzButtonModule, NzIconModule, NzEmptyModule, NzSkeletonModule, TranslatePipe, PageHeader],
  template: `
    <app-page-header [title]="'contest.listTitle' | t">
      @if (canCreate()) {
        <a nz-button nzType="primary" routerLink="/contests/new" data-testid="create-edition"><nz-icon nzType="plus" /> {{ 'contest.create' | t }}</a>
      }
    </app-page-header>
    @if (error()) {
      <app-load-failed [title]="'contest.loadFailed' | t" [message]="error()" (retry)="load()" />
    } @else if (editions() === null) {
      <nz-card><nz-skeleton [nzActive]="true" /></nz-card>
    } @else if (!editions()?.length) {
      <nz-card><nz-empty [nzNotFoundContent]="'contest.empty' | t" /></nz-card>
    } @else {
      <div nz-row [nzGutter]="[16, 16]" data-testid="edition-list">
        @for (edition of editions(); track edition.id) {
          <div nz-col [nzXs]="24" [nzMd]="12" [nzXl]="8">
            <a [routerLink]="['/contests', edition.id]" class="edition-link">
              <nz-card class="edition-card" nzHoverable>
                <div class="edition-year">{{ edition.year }}</div>
                <div class="edition-name">{{ edition.name }}</div>
                @if (edition.nationalEditionName) {
                  <div class="edition-national">{{ edition.nationalEditionName }}</div>
                }
              </nz-card>
            </a>
          </div>
        }
      </div>
    }
  `,
  styles: `
    .edition-link { display: block; color: inherit; }
    .edition-year { font-size: 28px; font-weight: 600; color: #1677ff; }
    .edition-name { font-weight: 500; margin-top: 4px; }
    .edition-national { color: rgba(0, 0, 0, 0.5); font-size: 13px; margin-top: 4px; }
  `
})
export class ContestListPage {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);

  protected readonly editions = signal<ContestEditionListItemDto[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly canCreate = computed(() => this.session.granted().has(Permissions.contests.create));

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.error.set(null);
    try {
      const result = await firstValueFrom(this.api.call(contestEditionGetList, {}));
      this.editions.set([...(result.items ?? [])].sort((a, b) => (b.year ?? 0) - (a.year ?? 0)));
    } catch (error) {
      this.error.set(this.notifier.describe(toProblem(error)));
    }
  }
}
