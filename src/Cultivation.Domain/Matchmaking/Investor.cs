using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Matchmaking;

/// <summary>An investment institution or bank (投资机构 / 银行). Investor users are bound to one.</summary>
public class Investor : FullAuditedAggregateRoot<Guid>
{
    public const int MaxNameLength = 128;

    public string Name { get; private set; } = null!;
    public InvestorKind Kind { get; private set; }

    private Investor()
    {
    }

    public Investor(Guid id, string name, InvestorKind kind) : base(id) => Update(name, kind);

    public void Update(string name, InvestorKind kind)
    {
        Name = Check.NotNullOrWhiteSpace(name, "name", MaxNameLength);
        Kind = Check.Defined(kind, "kind");
    }
}

public interface IInvestorRepository : Cultivation.Repositories.IRepository<Investor, Guid>
{
}
