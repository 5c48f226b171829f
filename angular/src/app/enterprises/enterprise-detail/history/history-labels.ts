import { MessageKey } from '../../../core/i18n/messages.zh-CN';

/** Entity and property names of the audit trail (server class and property names) → UI labels. */
export const ENTITY_LABELS: Record<string, MessageKey> = {
  Enterprise: 'history.entity.Enterprise',
  AwardRecord: 'history.entity.AwardRecord',
  EnterpriseFigures: 'history.entity.EnterpriseFigures',
  EnterpriseContact: 'history.entity.EnterpriseContact'
};

export const CHANGE_LABELS: Record<string, MessageKey> = {
  Created: 'history.change.Created',
  Updated: 'history.change.Updated',
  Deleted: 'history.change.Deleted'
};

export const PROPERTY_LABELS: Record<string, MessageKey> = {
  Name: 'enterprise.name',
  Kind: 'enterprise.kind',
  CreditCode: 'enterprise.creditCode',
  DistrictId: 'enterprise.district',
  IndustryFieldId: 'enterprise.industryField',
  FoundedOn: 'enterprise.foundedOn',
  IncorporatedOn: 'enterprise.incorporatedOn',
  RegisteredCapital: 'enterprise.registeredCapital',
  Address: 'enterprise.address',
  Website: 'enterprise.website',
  LeadName: 'enterprise.leadName',
  LeadGender: 'enterprise.leadGender',
  EditionId: 'award.edition',
  EditionYear: 'award.edition',
  Track: 'award.track',
  StageReached: 'award.stageReached',
  PrizeLevel: 'award.prizeLevel',
  ProjectName: 'award.projectName',
  NationalAdvancement: 'award.nationalAdvancement',
  NationalAdvancementYear: 'award.nationalAdvancementYear',
  NationalPrize: 'award.nationalPrize',
  Year: 'figures.year',
  OperatingRevenue: 'figures.operatingRevenue',
  MainBusinessRevenue: 'figures.mainBusinessRevenue',
  RdExpense: 'figures.rdExpense',
  RdStaff: 'figures.rdStaff',
  Employees: 'figures.employees',
  TotalAssets: 'figures.totalAssets',
  TotalLiabilities: 'figures.totalLiabilities',
  NetProfit: 'figures.netProfit',
  EquityFinancingRaised: 'figures.equityFinancingRaised',
  IpClassI: 'figures.ipClassI',
  IpClassIHighValue: 'figures.ipClassIHighValue',
  IpClassII: 'figures.ipClassII',
  NicheMarketYears: 'figures.nicheMarketYears',
  Role: 'contact.role',
  Phone: 'contact.phone',
  Email: 'contact.email',
  IsPrimary: 'contact.isPrimary'
};
