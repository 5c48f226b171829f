namespace Cultivation.Enterprises;

/// <summary>An award record was removed (entered by mistake, or an import taken back); what started from it ends.</summary>
public sealed record AwardRemovedEvent(Guid EnterpriseId, Guid AwardRecordId);
