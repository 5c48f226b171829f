import { Routes } from '@angular/router';
import { permissionGuard } from '../core/guards/permission.guard';
import { Permissions } from '../core/auth/permissions';

/** 政策扶持: programmes and their rule sets, the calculator, the rule-set editor; batches, applications (申报) and the funnel. All need Cultivation.Policies (guarded in app.routes.ts). */
export const POLICY_ROUTES: Routes = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./programmes/programme-list-page').then(m => m.ProgrammeListPage) },
  {
    path: 'calculator',
    canActivate: [permissionGuard(Permissions.policies.calculate)],
    loadComponent: () => import('./calculator/policy-calculator-page').then(m => m.PolicyCalculatorPage)
  },
  { path: 'programmes/:programmeId', loadComponent: () => import('./programmes/programme-page').then(m => m.ProgrammePage) },
  {
    path: 'applications',
    canActivate: [permissionGuard(Permissions.policyApplications.default)],
    loadComponent: () => import('./pipeline/applications-page').then(m => m.ApplicationsPage)
  },
  {
    path: 'applications/:id',
    canActivate: [permissionGuard(Permissions.policyApplications.default)],
    loadComponent: () => import('./pipeline/application-page').then(m => m.ApplicationPage)
  },
  {
    path: 'batches',
    canActivate: [permissionGuard(Permissions.policyApplications.default)],
    loadComponent: () => import('./pipeline/batches-page').then(m => m.BatchesPage)
  },
  {
    path: 'batches/:batchId',
    canActivate: [permissionGuard(Permissions.policyApplications.default)],
    loadComponent: () => import('./pipeline/batch-page').then(m => m.BatchPage)
  },
  {
    path: 'funnel',
    canActivate: [permissionGuard(Permissions.policyApplications.funnel)],
    loadComponent: () => import('./pipeline/funnel-page').then(m => m.FunnelPage)
  },
  {
    path: 'programmes/:programmeId/rule-sets/new',
    canActivate: [permissionGuard(Permissions.policies.manageRules)],
    loadComponent: () => import('./editor/rule-set-editor-page').then(m => m.RuleSetEditorPage)
  },
  {
    path: 'programmes/:programmeId/rule-sets/:ruleSetId/edit',
    canActivate: [permissionGuard(Permissions.policies.manageRules)],
    loadComponent: () => import('./editor/rule-set-editor-page').then(m => m.RuleSetEditorPage)
  }
];
