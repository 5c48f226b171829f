import { Routes } from '@angular/router';
import { Permissions } from '../core/auth/permissions';
import { permissionGuard } from '../core/guards/permission.guard';

export const CONTEST_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./contest-list-page').then(m => m.ContestListPage) },
  {
    path: 'new',
    canActivate: [permissionGuard(Permissions.contests.create)],
    loadComponent: () => import('./contest-form/contest-form-page').then(m => m.ContestFormPage)
  },
  { path: ':id', loadComponent: () => import('./contest-detail-page').then(m => m.ContestDetailPage) },
  {
    path: ':id/edit',
    canActivate: [permissionGuard(Permissions.contests.edit)],
    loadComponent: () => import('./contest-form/contest-form-page').then(m => m.ContestFormPage)
  }
];
