import { Routes } from '@angular/router';

export const USER_ROUTES: Routes = [{ path: '', loadComponent: () => import('./user-list-page').then(m => m.UserListPage) }];
