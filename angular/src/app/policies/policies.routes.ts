import { Routes } from '@angular/router';
import { permissionGuard } from '../core/guards/permission.guard';
import { Permissions } from '../core/auth/permissions';

/** 政策扶持: programmes and their rule sets, the calculator, the rule-set editor. All need Cultivation.Policies (guarded in app.routes.ts). */
export const POLICY_ROUTES: Routes = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./programmes/programme-list-page').then(m => m.ProgrammeListPage) },
  {
    path: 'calculator',
    canActivate: [permissionGuard(Permissions.policies.calculate)],
    loadComponent: () => import('./calculator/policy-calculator-page').then(m => m.PolicyCalculatorPage)
  },
  { path: 'programmes/:programmeId', loadComponent: () => import('./programmes/programme-page').then(m => m.ProgrammePage) },
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
