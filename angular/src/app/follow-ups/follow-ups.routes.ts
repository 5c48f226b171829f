import { Routes } from '@angular/router';
import { Permissions } from '../core/auth/permissions';
import { permissionGuard } from '../core/guards/permission.guard';

/** /follow-ups: the worklist, requests (诉求) and district coverage. Each page is its own lazy chunk. */
export const FOLLOW_UP_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./worklist/worklist-page').then(m => m.WorklistPage) },
  { path: 'requests', loadComponent: () => import('./requests/request-list-page').then(m => m.RequestListPage) },
  {
    path: 'coverage',
    canActivate: [permissionGuard(Permissions.followUps.coverage)],
    loadComponent: () => import('./coverage/coverage-page').then(m => m.CoveragePage)
  }
];
