import { Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom, debounceTime } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ALL_ROLES, Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { ReferenceDataService } from '../../core/reference/reference-data.service';
import { userDelete } from '../../proxy/fn/user/user-delete';
import { userGetList } from '../../proxy/fn/user/user-get-list';
import { userUnlock } from '../../proxy/fn/user/user-unlock';
import { IdentityUserDto } from '../../proxy/models/identity-user-dto';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { PageHeader } from '../../shared/ui/page-header';
import { ResetPasswordModal } from './reset-password-modal';
import { UserFormModal } from './user-form-modal';
import { LocalNamePipe } from '../../shared/format/local-name.pipe';

const PAGE_SIZE = 20;

export function isLockedOut(user: IdentityUserDto, now = Date.now()): boolean {
  return !!user.lockoutEnd && new Date(user.lockoutEnd).getTime() > now;
}

@Component({
  selector: 'app-user-list-page',
  imports: [LocalNamePipe, 
    ReactiveFormsModule, NzTableModule, NzButtonModule, NzIconModule, NzInputModule, NzSelectModule, NzTagModule, NzPopconfirmModule,
    TranslatePipe, EnumLabelPipe, AppDatePipe, PageHeader, UserFormModal, ResetPasswordModal
  ],
  templateUrl: './user-list-page.html'
})
export class UserListPage {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  private readonly reference = inject(ReferenceDataService);
  protected readonly i18n = inject(I18nService);

  protected readonly roles = ALL_ROLES;
  protected readonly districts = toSignal(this.reference.districts(), { initialValue: [] });
  protected readonly filters = new FormGroup({
    filter: new FormControl<string | null>(null),
    role: new FormControl<string | null>(null),
    districtId: new FormControl<string | null>(null)
  });
  protected readonly users = signal<IdentityUserDto[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly loading = signal(false);
  protected readonly editing = signal<{ user: IdentityUserDto | null } | null>(null);
  protected readonly resetting = signal<IdentityUserDto | null>(null);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly isLockedOut = isLockedOut;
  protected readonly can = computed(() => ({
    create: this.session.granted().has(Permissions.users.create),
    edit: this.session.granted().has(Permissions.users.edit),
    delete: this.session.granted().has(Permissions.users.delete)
  }));
  protected readonly currentUserId = computed(() => this.session.user()?.id);

  constructor() {
    this.filters.valueChanges.pipe(debounceTime(300), takeUntilDestroyed(inject(DestroyRef))).subscribe(() => {
      this.pageIndex.set(1);
      void this.load();
    });
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    const { filter, role, districtId } = this.filters.getRawValue();
    try {
      const page = await firstValueFrom(
        this.api.call(userGetList, {
          Filter: filter?.trim() || undefined,
          Role: role ?? undefined,
          DistrictId: districtId ?? undefined,
          SkipCount: (this.pageIndex() - 1) * PAGE_SIZE,
          MaxResultCount: PAGE_SIZE
        })
      );
      this.users.set([...(page.items ?? [])]);
      this.total.set(page.totalCount ?? 0);
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected changePage(index: number): void {
    this.pageIndex.set(index);
    void this.load();
  }

  protected onSaved(): void {
    this.editing.set(null);
    void this.load();
  }

  protected async unlock(user: IdentityUserDto): Promise<void> {
    await this.run(() => this.api.call(userUnlock, { id: user.id }), 'user.unlocked');
  }

  protected async remove(user: IdentityUserDto): Promise<void> {
    await this.run(() => this.api.call(userDelete, { id: user.id }), 'common.deleted');
  }

  protected scopeOf(user: IdentityUserDto): string {
    return user.districtName ?? user.institutionName ?? '—';
  }

  private async run(call: () => ReturnType<ApiClient['call']>, success: 'user.unlocked' | 'common.deleted'): Promise<void> {
    try {
      await firstValueFrom(call());
      this.notifier.success(success);
      await this.load();
    } catch (error) {
      this.notifier.show(error);
    }
  }
}
