import { Routes } from '@angular/router';
import { authGuard, signedOutGuard } from './core/guards/auth.guards';
import { permissionGuard } from './core/guards/permission.guard';
import { Permissions } from './core/auth/permissions';

export const routes: Routes = [
  {
    path: 'sign-in',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./identity/sign-in/sign-in').then(m => m.SignInPage),
    title: 'Cultivation'
  },
  {
    path: 'unavailable',
    loadComponent: () => import('./core/layout/unavailable-page').then(m => m.UnavailablePage)
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./core/layout/shell').then(m => m.Shell),
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./home/home-page').then(m => m.HomePage) },
      {
        path: 'enterprises',
        canActivate: [permissionGuard(Permissions.enterprises.default)],
        loadChildren: () => import('./enterprises/enterprises.routes').then(m => m.ENTERPRISE_ROUTES)
      },
      {
        path: 'contests',
        canActivate: [permissionGuard(Permissions.contests.default)],
        loadChildren: () => import('./contests/contests.routes').then(m => m.CONTEST_ROUTES)
      },
      {
        path: 'admin/users',
        canActivate: [permissionGuard(Permissions.users.default)],
        loadChildren: () => import('./identity/users/users.routes').then(m => m.USER_ROUTES)
      },
      {
        path: 'admin/roles',
        canActivate: [permissionGuard(Permissions.roles.default)],
        loadComponent: () => import('./identity/roles/role-permissions-page').then(m => m.RolePermissionsPage)
      },
      {
        path: 'admin/audit-logs',
        canActivate: [permissionGuard(Permissions.auditLogs)],
        loadComponent: () => import('./audit-logging/audit-logs-page').then(m => m.AuditLogsPage)
      },
      {
        path: 'account/password',
        loadComponent: () => import('./identity/account/change-password-page').then(m => m.ChangePasswordPage)
      },
      { path: 'forbidden', loadComponent: () => import('./core/layout/status-pages').then(m => m.ForbiddenPage) },
      { path: '**', loadComponent: () => import('./core/layout/status-pages').then(m => m.NotFoundPage) }
    ]
  }
];
