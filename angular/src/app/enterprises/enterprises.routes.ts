import { Routes } from '@angular/router';
import { Permissions } from '../core/auth/permissions';
import { permissionGuard } from '../core/guards/permission.guard';
import { PREFETCH_DATA, PRELOAD_AFTER_SIGN_IN } from '../core/guards/prefetch';
import { prefetchEnterpriseList } from './enterprise-list/enterprise-list-prefetch';

/**
 * The route table itself is tiny and part of the main bundle (no chunk to fetch before the URL can be
 * matched); each page stays a lazy chunk. The list, the page most visits start on, has its first page
 * requested while the session loads and its chunk preloaded once the user is signed in.
 */
export const ENTERPRISE_ROUTES: Routes = [
  {
    path: '',
    data: { [PREFETCH_DATA]: prefetchEnterpriseList, [PRELOAD_AFTER_SIGN_IN]: true },
    loadComponent: () => import('./enterprise-list/enterprise-list-page').then(m => m.EnterpriseListPage)
  },
  {
    path: 'new',
    canActivate: [permissionGuard(Permissions.enterprises.create)],
    loadComponent: () => import('./enterprise-form/enterprise-form-page').then(m => m.EnterpriseFormPage)
  },
  { path: ':id', loadComponent: () => import('./enterprise-detail/enterprise-detail-page').then(m => m.EnterpriseDetailPage) },
  {
    path: ':id/edit',
    canActivate: [permissionGuard(Permissions.enterprises.edit)],
    loadComponent: () => import('./enterprise-form/enterprise-form-page').then(m => m.EnterpriseFormPage)
  }
];
