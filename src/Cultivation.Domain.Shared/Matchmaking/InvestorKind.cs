namespace Cultivation.Matchmaking;

public enum InvestorKind
{
    VentureCapital = 1,
    PrivateEquity = 2,
    Bank = 3,
    GovernmentFund = 4,
    Other = 9
}
