namespace Cultivation.Matchmaking;

/// <summary>Where an introduction (对接) stands. Later stages come with the matchmaking pipeline.</summary>
public enum IntroductionStatus
{
    /// <summary>Asked for; the enterprise has not yet been asked to consent.</summary>
    Requested = 1,
    Closed = 9
}

/// <summary>Who started the introduction.</summary>
public enum IntroductionOrigin
{
    /// <summary>An investor clicked 表达意向 on a published profile.</summary>
    InvestorInterest = 1,
    /// <summary>A district officer proposed it.</summary>
    Officer = 2
}
