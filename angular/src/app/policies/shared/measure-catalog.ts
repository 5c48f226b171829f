/**
 * The measures a rule set may name (the server's PolicyMeasures), with their labels and units, for reading a rule
 * definition. Names the catalogue does not know are shown as they are (a newer server may add some).
 */
export type MeasureUnit = 'Yuan' | 'Ratio' | 'Count' | 'Years' | 'Points' | 'Level';

export interface MeasureInfo {
  zh: string;
  en: string;
  unit: MeasureUnit;
  /** Read per financial year (an aggregate and a number of years apply). */
  yearly?: boolean;
}

const m = (zh: string, en: string, unit: MeasureUnit, yearly = false): MeasureInfo => ({ zh, en, unit, yearly });

export const MEASURES: Readonly<Record<string, MeasureInfo>> = {
  OperatingRevenue: m('营业收入', 'operating revenue', 'Yuan', true),
  MainBusinessRevenue: m('主营业务收入', 'main-business revenue', 'Yuan', true),
  RdExpense: m('研发费用', 'R&D expense', 'Yuan', true),
  RdStaff: m('研发人员数', 'R&D staff', 'Count', true),
  Employees: m('从业人员数', 'employees', 'Count', true),
  TotalAssets: m('资产总额', 'total assets', 'Yuan', true),
  TotalLiabilities: m('负债总额', 'total liabilities', 'Yuan', true),
  NetProfit: m('净利润', 'net profit', 'Yuan', true),
  RdIntensity: m('研发费用占比', 'R&D expense / revenue', 'Ratio', true),
  MainBusinessShare: m('主营业务收入占比', 'main-business share of revenue', 'Ratio', true),
  DebtRatio: m('资产负债率', 'debt ratio', 'Ratio', true),
  RdStaffShare: m('研发人员占比', 'R&D staff / employees', 'Ratio', true),
  NetProfitMargin: m('净利润率', 'net profit margin', 'Ratio', true),
  MainBusinessRevenueGrowth: m('主营业务收入增长率', 'main-business revenue growth', 'Ratio', true),
  OperatingRevenueGrowth: m('营业收入增长率', 'operating revenue growth', 'Ratio', true),
  MainBusinessRevenueCompoundGrowth: m('主营业务收入复合增长率', 'main-business revenue compound growth', 'Ratio'),
  OperatingRevenueCompoundGrowth: m('营业收入复合增长率', 'operating revenue compound growth', 'Ratio'),
  NicheMarketYears: m('从事细分市场年限', 'years in the niche market', 'Years'),
  NicheMarketShare: m('细分市场占有率', 'niche market share', 'Ratio'),
  NicheMarketRank: m('细分市场排名', 'niche market rank', 'Count'),
  IpClassIHighValue: m('Ⅰ类高价值知识产权', 'high-value class I IP', 'Count'),
  IpClassISelfDeveloped: m('自主研发Ⅰ类知识产权', 'self-developed class I IP', 'Count'),
  IpClassI: m('Ⅰ类知识产权', 'class I IP', 'Count'),
  IpClassII: m('Ⅱ类知识产权', 'class II IP', 'Count'),
  RdInstitutionLevel: m('研发机构级别', 'R&D institution level', 'Level'),
  DigitalisationLevel: m('数字化水平', 'digitalisation level', 'Level'),
  QualityItems: m('质量管理项目数', 'quality items', 'Count'),
  MainProductFieldLevel: m('主导产品所属领域', 'field of the main product', 'Level'),
  DevelopmentEvaluationScore: m('专精特新发展评价得分', 'development evaluation score', 'Points'),
  LocalSpecialtyPoints: m('特色化指标得分', 'local specialty points', 'Points'),
  Listed: m('已上市', 'listed', 'Count'),
  IpLevel: m('知识产权最高类别', 'highest IP class', 'Level'),
  CompanyAge: m('成立年限', 'years since founding', 'Years'),
  EquityRaised: m('新增股权融资（合格机构投资者实缴）', 'new equity from qualified investors (paid-in)', 'Yuan'),
  CumulativeQualifiedFinancing: m('累计合格机构投资者融资', 'cumulative qualified financing', 'Yuan'),
  QualifiedInvestorRounds: m('合格机构投资者融资轮次', 'rounds from qualified investors', 'Count'),
  PostMoneyValuation: m('最近一轮投后估值', 'latest post-money valuation', 'Yuan'),
  Honours: m('荣誉奖项', 'honours', 'Count'),
  Confirmed: m('已确认事项', 'confirmed fact', 'Count'),
  TitleHeld: m('有效期内称号', 'title held and valid', 'Count')
};

/** The yes/no facts a person confirms (the server's PolicyConfirmations), with what each means. */
export const CONFIRMATIONS: ReadonlyArray<{ name: string; zh: string; en: string }> = [
  { name: 'RegisteredInShanghai', zh: '在上海注册登记，具有独立法人资格', en: 'Registered in Shanghai as an independent legal person' },
  { name: 'MeetsSmeSizeStandard', zh: '符合《中小企业划型标准规定》', en: 'Meets the SME size standard' },
  { name: 'ClearOfNegativeRecords', zh: '无经营异常、严重失信及近三年重大事故、偷漏税等记录', en: 'No abnormal-operation, dishonesty, major accident or tax violation record' },
  { name: 'MainProductStrategicEmerging', zh: '主导产品属于《战略性新兴产业分类》', en: 'Main product in the strategic emerging industries' },
  { name: 'MainBusinessInPriorityIndustry', zh: '主营业务属于本市重点产业领域', en: "Main business in Shanghai's priority industries" },
  { name: 'GovernanceStandardised', zh: '公司治理规范', en: 'Governance standardised' },
  { name: 'CoreBusinessOnInformationSystem', zh: '至少一项核心业务采用信息系统支撑', en: 'A core business runs on an information system' },
  { name: 'HoldsManagementCertificate', zh: '取得管理体系认证或发达国家和地区产品认证', en: 'Holds a management-system or developed-market product certificate' },
  { name: 'OwnsCompetitiveBrand', zh: '拥有自主品牌且具有竞争力', en: 'Owns a competitive brand' },
  { name: 'NicheShareAmongLeaders', zh: '主导产品细分市场占有率较为靠前', en: 'Niche market share among the leaders' },
  { name: 'HasOwnRdInstitution', zh: '自建或与高校、科研院所联合建立研发机构', en: 'Own R&D institution, or one built with a university or institute' },
  { name: 'IpAppliedInMainProduct', zh: '知识产权应用于主导产品并产生效益', en: 'The IP is applied in the main product and produces benefit' },
  { name: 'KeyChainLink', zh: '位于产业链关键环节（补短板、锻长板、填空白）', en: 'At a key link of the industrial chain' },
  { name: 'MainProductInKeyField', zh: '主导产品属于工业“六基”、制造业十大重点产业或网络强国重点领域', en: 'Main product in a key field (industrial foundations, key manufacturing)' },
  { name: 'ProjectMeetsFundCall', zh: '项目符合专项资金当年申报指南', en: "The project meets the fund's current call" },
  { name: 'NominatedByOrganiser', zh: '由组委会推荐', en: 'Nominated by the organiser' },
  { name: 'WomanLed', zh: '女性领办', en: 'Led by a woman' }
];

export const CONFIRMATION_LABELS: Readonly<Record<string, { zh: string; en: string }>> = Object.fromEntries(CONFIRMATIONS.map(c => [c.name, c]));

export const HONOUR_KINDS = [
  'NationalScienceAward', 'ProvincialScienceAward', 'HighTechEnterprise', 'TechInnovationDemonstration', 'IpAdvantageEnterprise',
  'IpDemonstrationEnterprise', 'ChuangkeTop500Enterprise', 'ChuangkeTop50Enterprise', 'QualityAward'
] as const;

export const RD_INSTITUTION_LEVELS = ['None', 'BelowMunicipal', 'Municipal', 'Provincial', 'National'] as const;
