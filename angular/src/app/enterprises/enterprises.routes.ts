import { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { Permissions } from '../core/auth/permissions';
import { permissionGuard } from '../core/guards/permission.guard';

export const ENTERPRISE_ROUTES: Routes = [
  {
    path: '',
    // ECharts (~1 MB) is fetched only when a chart is first shown.
    providers: [provideEchartsCore({ echarts: () => import('echarts') })],
    children: [
      { path: '', loadComponent: () => import('./enterprise-list/enterprise-list-page').then(m => m.EnterpriseListPage) },
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
    ]
  }
];
