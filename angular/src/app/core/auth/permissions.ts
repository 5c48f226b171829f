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
  industryFields: 'Cultivation.IndustryFields',
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
  followUps: {
    default: 'Cultivation.FollowUps',
    /** Assign, pause, resume and close plans. */
    manage: 'Cultivation.FollowUps.Manage',
    /** Log services and work on requests (诉求). */
    services: 'Cultivation.FollowUps.Services',
    /** Edit editions' cadence policies. */
    policies: 'Cultivation.FollowUps.Policies',
    /** Maintain the statutory holiday calendar. */
    calendar: 'Cultivation.FollowUps.Calendar',
    /** District coverage (优秀组织奖). */
    coverage: 'Cultivation.FollowUps.Coverage'
  },
  jobs: {
    default: 'Cultivation.Jobs',
    trigger: 'Cultivation.Jobs.Trigger'
  },
  imports: {
    default: 'Cultivation.Imports',
    create: 'Cultivation.Imports.Create',
    revert: 'Cultivation.Imports.Revert'
  },
  personalData: 'Cultivation.PersonalData',
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
  institutions: {
    default: 'Cultivation.Institutions',
    manage: 'Cultivation.Institutions.Manage'
  }
} as const;

/** The server's role names. */
export const Roles = {
  municipalAdmin: 'MunicipalAdmin',
  municipalReviewer: 'MunicipalReviewer',
  districtOfficer: 'DistrictOfficer',
  investor: 'Investor'
} as const;

export const ALL_ROLES = [Roles.municipalAdmin, Roles.municipalReviewer, Roles.districtOfficer, Roles.investor] as const;
