using System.ComponentModel.DataAnnotations;

namespace Cultivation.Dtos;

public class EntityDto<TKey>
{
    public TKey Id { get; set; } = default!;
}

public class ListResultDto<T>
{
    public ListResultDto()
    {
    }

    public ListResultDto(IReadOnlyList<T> items) => Items = items;

    public IReadOnlyList<T> Items { get; set; } = [];
}

public class PagedResultDto<T> : ListResultDto<T>
{
    public PagedResultDto()
    {
    }

    public PagedResultDto(long totalCount, IReadOnlyList<T> items) : base(items) => TotalCount = totalCount;

    public long TotalCount { get; set; }
}

/// <summary>ABP's paging input: skip and take (1–1000).</summary>
public class PagedResultRequestDto
{
    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, CultivationConsts.MaxPageSize)]
    public int MaxResultCount { get; set; } = CultivationConsts.DefaultPageSize;
}

/// <summary>ABP's paging input with an optional "field [asc|desc]" sorting.</summary>
public class PagedAndSortedResultRequestDto : PagedResultRequestDto
{
    [StringLength(64)]
    public string? Sorting { get; set; }
}
