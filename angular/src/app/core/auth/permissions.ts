/* Generated from CultivationPermissions and CultivationRoles by test/Cultivation.HttpApi.Tests/AngularPermissionsFile_Tests.cs.
   Do not edit: run `npm run generate:permissions` after changing the server's names. */

/** The server's permission names (Cultivation.Application.Contracts CultivationPermissions). */
export const Permissions = {
  contests: {
    default: 'Cultivation.Contests',
    create: 'Cultivation.Contests.Create',
    edit: 'Cultivation.Contests.Edit',
    delete: 'Cultivation.Contests.Delete'
  },
  districts: {
    default: 'Cultivation.Districts',
    manage: 'Cultivation.Districts.Manage'
  },
  followUps: {
    default: 'Cultivation.FollowUps',
    manage: 'Cultivation.FollowUps.Manage',
    services: 'Cultivation.FollowUps.Services',
    policies: 'Cultivation.FollowUps.Policies',
    calendar: 'Cultivation.FollowUps.Calendar',
    coverage: 'Cultivation.FollowUps.Coverage'
  },
  jobs: {
    default: 'Cultivation.Jobs',
    trigger: 'Cultivation.Jobs.Trigger'
  },
  industryFields: {
    default: 'Cultivation.IndustryFields',
    create: 'Cultivation.IndustryFields.Create',
    edit: 'Cultivation.IndustryFields.Edit',
    delete: 'Cultivation.IndustryFields.Delete'
  },
  enterprises: {
    default: 'Cultivation.Enterprises',
    create: 'Cultivation.Enterprises.Create',
    edit: 'Cultivation.Enterprises.Edit',
    delete: 'Cultivation.Enterprises.Delete',
    export: 'Cultivation.Enterprises.Export',
    awards: 'Cultivation.Enterprises.Awards',
    figures: 'Cultivation.Enterprises.Figures',
    contacts: 'Cultivation.Enterprises.Contacts'
  },
  imports: {
    default: 'Cultivation.Imports',
    create: 'Cultivation.Imports.Create',
    revert: 'Cultivation.Imports.Revert'
  },
  users: {
    default: 'Cultivation.Users',
    create: 'Cultivation.Users.Create',
    edit: 'Cultivation.Users.Edit',
    delete: 'Cultivation.Users.Delete'
  },
  roles: {
    default: 'Cultivation.Roles',
    managePermissions: 'Cultivation.Roles.ManagePermissions'
  },
  auditLogs: 'Cultivation.AuditLogs',
  policies: {
    default: 'Cultivation.Policies',
    manageRules: 'Cultivation.Policies.ManageRules',
    calculate: 'Cultivation.Policies.Calculate',
    assess: 'Cultivation.Policies.Assess'
  },
  policyApplications: {
    default: 'Cultivation.PolicyApplications',
    recommend: 'Cultivation.PolicyApplications.Recommend',
    districtReview: 'Cultivation.PolicyApplications.DistrictReview',
    municipalReview: 'Cultivation.PolicyApplications.MunicipalReview',
    decide: 'Cultivation.PolicyApplications.Decide',
    manageBatches: 'Cultivation.PolicyApplications.ManageBatches',
    funnel: 'Cultivation.PolicyApplications.Funnel'
  },
  institutions: {
    default: 'Cultivation.Institutions',
    manage: 'Cultivation.Institutions.Manage'
  },
  profiles: {
    default: 'Cultivation.Profiles',
    edit: 'Cultivation.Profiles.Edit',
    manageIndex: 'Cultivation.Profiles.ManageIndex'
  },
  profileSearch: {
    default: 'Cultivation.ProfileSearch',
    expressInterest: 'Cultivation.ProfileSearch.ExpressInterest'
  },
  introductions: 'Cultivation.Introductions',
  personalData: 'Cultivation.PersonalData'
} as const;

/** The server's role names (Cultivation.Domain.Shared CultivationRoles). */
export const Roles = {
  municipalAdmin: 'MunicipalAdmin',
  municipalReviewer: 'MunicipalReviewer',
  districtOfficer: 'DistrictOfficer',
  investor: 'Investor'
} as const;

export const ALL_ROLES = [Roles.municipalAdmin, Roles.municipalReviewer, Roles.districtOfficer, Roles.investor] as const;
