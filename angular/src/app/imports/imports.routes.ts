import { Routes } from '@angular/router';
import { Permissions } from '../core/auth/permissions';
import { permissionGuard } from '../core/guards/permission.guard';

/** /imports: the list, the upload page (Cultivation.Imports.Create) and an import's report. Each page is its own chunk. */
export const IMPORT_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./import-list/import-list-page').then(m => m.ImportListPage) },
  {
    path: 'new',
    canActivate: [permissionGuard(Permissions.imports.create)],
    loadComponent: () => import('./import-upload/import-upload-page').then(m => m.ImportUploadPage)
  },
  { path: ':id', loadComponent: () => import('./import-detail/import-detail-page').then(m => m.ImportDetailPage) }
];
