namespace Cultivation.Benchmarks;

/// <summary>What the endpoint returns, written by hand: the count, then the page with names and the latest award, in one round trip.</summary>
public static class RawSql
{
    public const string EnterpriseList = """
        SELECT COUNT(*) FROM AppEnterprises e
        WHERE e.IsDeleted = 0 AND e.DistrictId = @district
          AND EXISTS (SELECT 1 FROM AppAwardRecords a WHERE a.EnterpriseId = e.Id AND a.DistrictId = @district AND a.PrizeLevel = @prize);

        SELECT p.Id, p.Kind, p.Name, p.CreditCode, p.DistrictId, d.Name, p.IndustryFieldId, f.Name, p.FoundedOn, p.CreationTime,
               la.EditionId, la.EditionYear, la.Track, la.StageReached, la.PrizeLevel, la.NationalAdvancement
        FROM (
            SELECT e.Id, e.Kind, e.Name, e.CreditCode, e.DistrictId, e.IndustryFieldId, e.FoundedOn, e.CreationTime
            FROM AppEnterprises e
            WHERE e.IsDeleted = 0 AND e.DistrictId = @district
              AND EXISTS (SELECT 1 FROM AppAwardRecords a WHERE a.EnterpriseId = e.Id AND a.DistrictId = @district AND a.PrizeLevel = @prize)
            ORDER BY e.Name, e.Id
            LIMIT 20 OFFSET @skip
        ) p
        JOIN AppDistricts d ON d.Id = p.DistrictId
        LEFT JOIN AppIndustryFields f ON f.Id = p.IndustryFieldId
        LEFT JOIN AppAwardRecords la ON la.Id = (
            SELECT a2.Id FROM AppAwardRecords a2 WHERE a2.EnterpriseId = p.Id ORDER BY a2.EditionYear DESC LIMIT 1)
        ORDER BY p.Name, p.Id;
        """;
}
