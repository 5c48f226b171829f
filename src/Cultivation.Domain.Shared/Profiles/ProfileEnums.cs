namespace Cultivation.Profiles;

/// <summary>Where a project profile stands: investors see only a published one.</summary>
public enum ProfileStatus
{
    Draft = 0,
    Published = 1,
    /// <summary>Taken down by the officer or because the enterprise withdrew its consent.</summary>
    Withdrawn = 2
}

/// <summary>融资阶段: the round the enterprise is raising.</summary>
public enum FinancingStage
{
    Seed = 1,
    Angel = 2,
    PreA = 3,
    SeriesA = 4,
    SeriesB = 5,
    SeriesC = 6,
    /// <summary>C轮以后 / Pre-IPO.</summary>
    Later = 7,
    /// <summary>债权融资 (loans, 科创贷) rather than equity.</summary>
    Debt = 8
}

/// <summary>The financing sought, as investors filter it (万元).</summary>
public enum FinancingAmountBand
{
    /// <summary>500万以下.</summary>
    Under5M = 1,
    /// <summary>500万–1000万.</summary>
    From5MTo10M = 2,
    /// <summary>1000万–5000万.</summary>
    From10MTo50M = 3,
    /// <summary>5000万–1亿.</summary>
    From50MTo100M = 4,
    /// <summary>1亿及以上.</summary>
    From100M = 5
}

/// <summary>Last year's operating revenue shown to investors without consent to exact figures.</summary>
public enum RevenueBand
{
    Under5M = 1,
    From5MTo20M = 2,
    From20MTo50M = 3,
    From50MTo100M = 4,
    From100MTo500M = 5,
    From500M = 6
}

/// <summary>Year-on-year growth of operating revenue, as a band.</summary>
public enum GrowthBand
{
    Declining = 1,
    /// <summary>0–10 %.</summary>
    Steady = 2,
    /// <summary>10–30 %.</summary>
    Growing = 3,
    /// <summary>30–50 %.</summary>
    Fast = 4,
    /// <summary>50 % and more.</summary>
    VeryFast = 5
}
