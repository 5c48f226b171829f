/** The server's permission names (Cultivation.Application.Contracts CultivationPermissions). */
export const Permissions = {
  contests: {
    default: 'Cultivation.Contests',
    create: 'Cultivation.Contests.Create',
    edit: 'Cultivation.Contests.Edit',
    delete: 'Cultivation.Contests.Delete'
  },
  districts: 'Cultivation.Districts',
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
