using Cultivation.Localization;
using Microsoft.Extensions.Localization;

namespace Cultivation.FollowUps;

/// <summary>How services and requests read on an enterprise's timeline: for the timeline itself and for what a logged service returns.</summary>
public sealed class TimelineEntries(IStringLocalizer<CultivationResource> localizer)
{
    public TimelineEntryDto Of(ServiceRecord service) => new()
    {
        Date = service.ServedOn, Kind = TimelineEntryKind.Service, SourceId = service.Id,
        Title = $"{Name(service.Category)} · {Name(service.Channel)}", Detail = service.Summary
    };

    public IEnumerable<TimelineEntryDto> Of(EnterpriseRequest request)
    {
        yield return new TimelineEntryDto
        {
            Date = request.RaisedOn, Kind = TimelineEntryKind.RequestRaised, SourceId = request.Id,
            Title = localizer["Timeline:RequestRaised", Name(request.Category)], Detail = request.Description
        };
        if (request.ResolvedOn is { } resolved)
        {
            yield return new TimelineEntryDto
            {
                Date = resolved, Kind = TimelineEntryKind.RequestResolved, SourceId = request.Id,
                Title = localizer["Timeline:RequestResolved"], Detail = request.Resolution
            };
        }
    }

    /// <summary>Newest first; on one day, what came later in a case (resolved after raised) first.</summary>
    public static List<TimelineEntryDto> Ordered(IEnumerable<TimelineEntryDto> entries) =>
        entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.Kind).ToList();

    private string Name(Enum value) => localizer[$"Enum:{value.GetType().Name}.{value}"];
}
