import { Routes } from '@angular/router';
import { authGuard, signedOutGuard } from './core/guards/auth.guards';
import { permissionGuard } from './core/guards/permission.guard';
import { Permissions } from './core/auth/permissions';
import { ENTERPRISE_ROUTES } from './enterprises/enterprises.routes';
import { FOLLOW_UP_ROUTES } from './follow-ups/follow-ups.routes';

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
        children: ENTERPRISE_ROUTES
      },
      {
        path: 'follow-ups',
        canActivate: [permissionGuard(Permissions.followUps.default)],
        children: FOLLOW_UP_ROUTES
      },
      {
        path: 'profiles',
        canActivate: [permissionGuard(Permissions.profileSearch.default)],
        loadChildren: () => import('./profiles/profiles.routes').then(m => m.PROFILE_ROUTES)
      },
      {
        path: 'policies',
        canActivate: [permissionGuard(Permissions.policies.default)],
        loadChildren: () => import('./policies/policies.routes').then(m => m.POLICY_ROUTES)
      },
      {
        path: 'introductions',
        canActivate: [permissionGuard(Permissions.introductions)],
        loadComponent: () => import('./profiles/introductions/introductions-page').then(m => m.IntroductionsPage)
      },
      {
        path: 'notifications',
        loadComponent: () => import('./notifications/inbox-page').then(m => m.InboxPage)
      },
      {
        path: 'imports',
        canActivate: [permissionGuard(Permissions.imports.default)],
        loadChildren: () => import('./imports/imports.routes').then(m => m.IMPORT_ROUTES)
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
        path: 'admin/follow-up-policies',
        canActivate: [permissionGuard(Permissions.followUps.policies)],
        loadComponent: () => import('./follow-ups/policies/policy-editor-page').then(m => m.PolicyEditorPage)
      },
      {
        path: 'admin/holiday-calendars',
        canActivate: [permissionGuard(Permissions.followUps.calendar)],
        loadComponent: () => import('./follow-ups/calendars/holiday-calendar-page').then(m => m.HolidayCalendarPage)
      },
      {
        path: 'admin/industry-fields',
        canActivate: [permissionGuard(Permissions.industryFields.edit)],
        loadComponent: () => import('./industry-fields/industry-fields-page').then(m => m.IndustryFieldsPage)
      },
      {
        path: 'admin/jobs',
        canActivate: [permissionGuard(Permissions.jobs.default)],
        loadComponent: () => import('./jobs/job-admin-page').then(m => m.JobAdminPage)
      },
      {
        path: 'admin/search',
        canActivate: [permissionGuard(Permissions.profiles.manageIndex)],
        loadComponent: () => import('./profiles/admin/search-admin-page').then(m => m.SearchAdminPage)
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
