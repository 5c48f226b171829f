import { Component, computed, inject, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { roleGetList } from '../../proxy/fn/role/role-get-list';
import { roleGetPermissions } from '../../proxy/fn/role/role-get-permissions';
import { roleUpdatePermissions } from '../../proxy/fn/role/role-update-permissions';
import { PermissionGrantInfoDto } from '../../proxy/models/permission-grant-info-dto';
import { RoleDto } from '../../proxy/models/role-dto';
import { RolePermissionsDto } from '../../proxy/models/role-permissions-dto';
import { PageHeader } from '../../shared/ui/page-header';
import { grantedNames, isPartlyGranted, togglePermission } from './permission-tree';

/** Which permissions each role holds, as a tree of checkboxes (GET/PUT /api/app/roles/{name}/permissions). */
@Component({
  selector: 'app-role-permissions-page',
  imports: [NgTemplateOutlet, NzGridModule, NzCardModule, NzListModule, NzCheckboxModule, NzButtonModule, NzSpinModule, NzTagModule, NzEmptyModule, TranslatePipe, PageHeader],
  templateUrl: './role-permissions-page.html',
  styleUrl: './role-permissions-page.scss'
})
export class RolePermissionsPage {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly selected = signal<string | null>(null);
  protected readonly tree = signal<RolePermissionsDto | null>(null);
  protected readonly granted = signal<ReadonlySet<string>>(new Set());
  protected readonly original = signal<ReadonlySet<string>>(new Set());
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly canManage = computed(() => this.session.granted().has(Permissions.roles.managePermissions));
  protected readonly dirty = computed(() => {
    const a = this.granted();
    const b = this.original();
    return a.size !== b.size || [...a].some(name => !b.has(name));
  });

  constructor() {
    void this.loadRoles();
  }

  protected async loadRoles(): Promise<void> {
    try {
      const roles = await firstValueFrom(this.api.call(roleGetList, {}));
      this.roles.set(roles);
      if (roles.length) {
        await this.select(roles[0].name ?? '');
      }
    } catch (error) {
      this.notifier.show(error);
    }
  }

  protected async select(roleName: string): Promise<void> {
    this.selected.set(roleName);
    this.loading.set(true);
    try {
      const tree = await firstValueFrom(this.api.call(roleGetPermissions, { roleName }));
      this.apply(tree);
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected toggle(permission: PermissionGrantInfoDto, checked: boolean): void {
    this.granted.set(togglePermission(this.tree()?.groups ?? [], this.granted(), permission, checked));
  }

  protected isPartly(permission: PermissionGrantInfoDto): boolean {
    return isPartlyGranted(permission, this.granted());
  }

  protected permissionLabel(permission: PermissionGrantInfoDto): string {
    return permission.displayName ?? permission.name ?? '';
  }

  protected reset(): void {
    this.granted.set(new Set(this.original()));
  }

  protected async save(): Promise<void> {
    const roleName = this.selected();
    if (!roleName) {
      return;
    }
    this.saving.set(true);
    try {
      const tree = await firstValueFrom(this.api.call(roleUpdatePermissions, { roleName, body: { grantedPermissions: [...this.granted()] } }));
      this.apply(tree);
      this.notifier.success('common.saved');
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.saving.set(false);
    }
  }

  private apply(tree: RolePermissionsDto): void {
    const granted = grantedNames(tree.groups);
    this.tree.set(tree);
    this.granted.set(granted);
    this.original.set(new Set(granted));
  }
}
