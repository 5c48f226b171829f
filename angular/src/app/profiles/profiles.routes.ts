import { Routes } from '@angular/router';

/** 项目检索 and a profile as investors read it; both need Cultivation.ProfileSearch (guarded in app.routes.ts). */
export const PROFILE_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./search/profile-search-page').then(m => m.ProfileSearchPage) },
  { path: ':id', loadComponent: () => import('./profile-page/profile-page').then(m => m.ProfilePage) }
];
