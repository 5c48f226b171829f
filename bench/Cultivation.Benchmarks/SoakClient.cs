using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.FollowUps;

namespace Cultivation.Benchmarks;

public enum SoakRole
{
    Admin,
    Reviewer,
    DistrictOfficer,
    Investor
}

/// <summary>A demo user the soak signs in as.</summary>
public sealed record SoakUser(string UserName, SoakRole Role);

/// <summary>
/// One simulated user: signs in, reads what its role reads and writes what its role writes, one request after
/// another until the end of the run. Writes go only to this client's share of the enterprises (no two clients
/// edit the same enterprise), so a 409 is an error too, not an expected race.
/// </summary>
public sealed class SoakClient(HttpClient http, SoakRecorder recorder, SoakUser user, int share, int shares, int clientNumber, int seed)
{
    public const string Password = "Demo@2024";
    private static readonly TimeSpan TokenLifetimeUsed = TimeSpan.FromMinutes(10);
    private static readonly string[] Keywords = ["云帆", "星河", "智源", "海纳", "启明", "科技", "智能", "演示", "生物", "新材料"];
    private static readonly string[] PrizeLevels = ["First", "Second", "Third", "Excellence"];
    private static readonly string[] Sortings = ["name asc", "name desc", "creationTime desc", "foundedOn desc", "creditCode asc"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> SignInTurns = new();

    private readonly Random _random = new(seed);
    private readonly List<Guid> _readable = [];
    private readonly List<Guid> _writable = [];
    private string? _token;
    private long _signedInAt;
    private ShanghaiDistricts.Entry? _district;
    private int _created;

    public async Task RunAsync(DateTime until, TimeSpan think)
    {
        await SignInAsync();
        await LoadScopeAsync();
        var actions = Actions();
        var total = actions.Sum(a => a.Weight);
        while (DateTime.UtcNow < until)
        {
            if (Stopwatch.GetElapsedTime(_signedInAt) > TokenLifetimeUsed)
            {
                await SignInAsync();
            }
            var pick = _random.Next(total);
            foreach (var (weight, action) in actions)
            {
                if ((pick -= weight) < 0)
                {
                    await action();
                    break;
                }
            }
            if (think > TimeSpan.Zero)
            {
                await Task.Delay(think);
            }
        }
    }

    private List<(int Weight, Func<Task> Action)> Actions() => user.Role switch
    {
        SoakRole.Admin =>
        [
            (15, ListAsync), (10, SearchAsync), (15, OpenAsync), (5, HistoryAsync), (6, () => GetAsync("GET /audit-logs", "/api/app/audit-logs?maxResultCount=20")),
            (3, () => GetAsync("GET /users", "/api/app/users")), (2, () => GetAsync("GET /jobs", "/api/app/jobs")), (8, WorklistAsync), (4, CoverageAsync),
            (8, NotificationsAsync), (3, () => ExportAsync("Csv")), (1, () => ExportAsync("Xlsx")),
            (5, LogServiceAsync), (4, SetFiguresAsync), (3, AddContactAsync)
        ],
        SoakRole.Reviewer =>
        [
            (20, ListAsync), (10, SearchAsync), (20, OpenAsync), (6, HistoryAsync), (10, WorklistAsync), (6, CoverageAsync), (10, NotificationsAsync),
            (4, () => GetAsync("GET /requests", "/api/app/requests?maxResultCount=20")), (3, () => GetAsync("GET /institutions", "/api/app/institutions")),
            (3, () => ExportAsync("Csv")), (1, () => ExportAsync("Xlsx"))
        ],
        SoakRole.DistrictOfficer =>
        [
            (18, ListAsync), (8, SearchAsync), (18, OpenAsync), (4, HistoryAsync), (10, WorklistAsync), (10, NotificationsAsync), (2, CoverageAsync),
            (2, () => GetAsync("GET /requests", "/api/app/requests?maxResultCount=20")), (2, () => ExportAsync("Csv")),
            (10, LogServiceAsync), (6, SetFiguresAsync), (4, AddContactAsync), (2, CreateEnterpriseAsync)
        ],
        _ =>
        [
            (10, () => GetAsync("GET /account/me", "/api/app/account/me")), (10, () => GetAsync("GET /permissions/granted", "/api/app/permissions/granted")),
            (15, () => GetAsync("GET /districts", "/api/app/districts")), (15, () => GetAsync("GET /industry-fields", "/api/app/industry-fields")),
            (15, () => GetAsync("GET /contest-editions", "/api/app/contest-editions")), (15, NotificationsAsync),
            // Investors never read enterprises: the 403 must hold under load too.
            (10, () => GetAsync("GET /enterprises (investor, 403)", "/api/app/enterprises", HttpStatusCode.Forbidden))
        ]
    };

    /// <summary>
    /// Signs in; the clients of one user take turns. Two sign-ins of the same user at the same moment conflict on the
    /// user row's concurrency stamp (409): <see cref="SignInTogetherAsync"/> shows that on its own line of the report.
    /// </summary>
    private async Task SignInAsync()
    {
        var turn = SignInTurns.GetOrAdd(user.UserName, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync();
        try
        {
            _token = null;
            _token = await SignInOnceAsync("POST /account/token")
                     ?? throw new InvalidOperationException($"{user.UserName} could not sign in (see the errors).");
            _signedInAt = Stopwatch.GetTimestamp();
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task<string?> SignInOnceAsync(string operation) =>
        (await SendAsync(operation, HttpMethod.Post, "/api/app/account/token", new { userName = user.UserName, password = Password }))?
        .GetProperty("accessToken").GetString();

    /// <summary>One user signing in from <paramref name="count"/> places at the same moment (several tabs or devices); each answer is recorded.</summary>
    public static Task SignInTogetherAsync(HttpClient http, SoakRecorder recorder, SoakUser user, int count) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            new SoakClient(http, recorder, user, 0, 1, 900 + i, i).SignInOnceAsync(SignInTogetherOperation(count))));

    public static string SignInTogetherOperation(int count) => $"POST /account/token ({count} at once, one user)";

    /// <summary>The enterprises this user may read, and its share of them to write (admins write outside the officers' districts).</summary>
    private async Task LoadScopeAsync()
    {
        if (user.Role == SoakRole.Investor)
        {
            return;
        }
        var me = await GetAsync("GET /account/me", "/api/app/account/me");
        if (me?.GetProperty("districtId") is { ValueKind: JsonValueKind.String } district)
        {
            _district = ShanghaiDistricts.All.Single(d => d.Id == district.GetGuid());
        }
        for (var skip = 0; ; skip += 1000)
        {
            var page = await GetAsync("GET /enterprises (list)", $"/api/app/enterprises?sorting=name%20asc&skipCount={skip}&maxResultCount=1000")
                       ?? throw new InvalidOperationException($"{user.UserName} could not list enterprises (see the errors).");
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                var id = item.GetProperty("id").GetGuid();
                _readable.Add(id);
                var officersDistrict = item.GetProperty("districtId").GetGuid() is var d && (d == ShanghaiDistricts.Pudong.Id || d == ShanghaiDistricts.Xuhui.Id);
                if (user.Role == SoakRole.DistrictOfficer || (user.Role == SoakRole.Admin && !officersDistrict))
                {
                    if (IsMine(id))
                    {
                        _writable.Add(id);
                    }
                }
            }
            if (skip + 1000 >= page.GetProperty("totalCount").GetInt32())
            {
                break;
            }
        }
        if (_readable.Count == 0 || (user.Role is SoakRole.Admin or SoakRole.DistrictOfficer && _writable.Count == 0))
        {
            throw new InvalidOperationException($"{user.UserName} has no enterprises to work on (share {share} of {shares}).");
        }
    }

    private Task ListAsync()
    {
        var filter = user.Role == SoakRole.DistrictOfficer ? "" : _random.Next(3) switch
        {
            0 => $"districtId={ShanghaiDistricts.All[_random.Next(ShanghaiDistricts.All.Count)].Id}&",
            1 => $"prizeLevel={PrizeLevels[_random.Next(PrizeLevels.Length)]}&",
            _ => ""
        };
        var skip = _random.Next(4) * 20;
        return GetAsync("GET /enterprises (list)", $"/api/app/enterprises?{filter}sorting={Uri.EscapeDataString(Sortings[_random.Next(Sortings.Length)])}&skipCount={skip}&maxResultCount=20");
    }

    private Task SearchAsync() =>
        GetAsync("GET /enterprises (search)", $"/api/app/enterprises?keyword={Uri.EscapeDataString(Keywords[_random.Next(Keywords.Length)])}&maxResultCount=20");

    /// <summary>The enterprise page as the UI opens it: the record, its contacts, figures and timeline.</summary>
    private async Task OpenAsync()
    {
        var id = _readable[_random.Next(_readable.Count)];
        await GetAsync("GET /enterprises/{id}", $"/api/app/enterprises/{id}");
        await GetAsync("GET /enterprises/{id}/contacts", $"/api/app/enterprises/{id}/contacts");
        await GetAsync("GET /enterprises/{id}/figures", $"/api/app/enterprises/{id}/figures");
        await GetAsync("GET /enterprises/{id}/timeline", $"/api/app/enterprises/{id}/timeline");
    }

    private Task HistoryAsync() =>
        GetAsync("GET /enterprises/{id}/history", $"/api/app/enterprises/{_readable[_random.Next(_readable.Count)]}/history?maxResultCount=20");

    private Task WorklistAsync() =>
        GetAsync("GET /follow-ups (worklist)", $"/api/app/follow-ups?dueWithinDays={(_random.Next(2) == 0 ? 30 : 365)}&maxResultCount=20");

    private Task CoverageAsync() =>
        GetAsync("GET /follow-ups/coverage", $"/api/app/follow-ups/coverage?from={Today().AddMonths(-6):yyyy-MM-dd}&to={Today():yyyy-MM-dd}");

    private async Task NotificationsAsync()
    {
        await GetAsync("GET /notifications/unread-count", "/api/app/notifications/unread-count");
        await GetAsync("GET /notifications", "/api/app/notifications?maxResultCount=20");
    }

    private Task ExportAsync(string format)
    {
        var filter = user.Role == SoakRole.DistrictOfficer ? "" : $"districtId={ShanghaiDistricts.All[_random.Next(ShanghaiDistricts.All.Count)].Id}&";
        return GetAsync($"GET /enterprises/export ({format})", $"/api/app/enterprises/export?{filter}format={format}");
    }

    /// <summary>A follow-up contact, sometimes with a request (诉求); the enterprise's plans move on.</summary>
    private async Task LogServiceAsync()
    {
        var id = _writable[_random.Next(_writable.Count)];
        await GetAsync("GET /enterprises/{id}/services", $"/api/app/enterprises/{id}/services");
        var requests = _random.Next(4) == 0
            ? new List<NewRequestDto> { new() { Description = $"压测诉求：融资对接（客户端 {clientNumber}）", Category = ServiceCategory.Financing } }
            : [];
        await SendAsync("POST /enterprises/{id}/services", HttpMethod.Post, $"/api/app/enterprises/{id}/services", new LogServiceDto
        {
            ServedOn = Today(), Category = (ServiceCategory)(1 + _random.Next(4)), Channel = (ServiceChannel)(1 + _random.Next(4)),
            Summary = $"压测走访记录，客户端 {clientNumber}", Outcome = "已了解企业近况", Requests = requests
        });
    }

    /// <summary>A year's figures, as the figures tab saves them: read first, then written with the stamp read.</summary>
    private async Task SetFiguresAsync()
    {
        var id = _writable[_random.Next(_writable.Count)];
        var year = 2021 + _random.Next(4);
        var list = await GetAsync("GET /enterprises/{id}/figures", $"/api/app/enterprises/{id}/figures");
        if (list is null)
        {
            return;
        }
        var stamp = list.Value.GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("year").GetInt32() == year).Select(f => f.GetProperty("concurrencyStamp").GetString()).FirstOrDefault();
        var revenue = 1_000_000m * (1 + _random.Next(500));
        await SendAsync("PUT /enterprises/{id}/figures/{year}", HttpMethod.Put, $"/api/app/enterprises/{id}/figures/{year}", new UpdateEnterpriseFiguresDto
        {
            OperatingRevenue = revenue, MainBusinessRevenue = revenue * 0.9m, RdExpense = revenue * 0.08m, RdStaff = 5 + _random.Next(50),
            Employees = 60 + _random.Next(200), TotalAssets = revenue * 1.5m, TotalLiabilities = revenue * 0.5m, NetProfit = revenue * 0.1m,
            ConcurrencyStamp = stamp
        });
    }

    private Task AddContactAsync()
    {
        var id = _writable[_random.Next(_writable.Count)];
        var n = _random.Next(100_000_000);
        return SendAsync("POST /enterprises/{id}/contacts", HttpMethod.Post, $"/api/app/enterprises/{id}/contacts", new CreateUpdateEnterpriseContactDto
        {
            Name = $"压测联系人{n % 1000}", Role = "经理", Phone = $"139{n:D8}", Email = $"soak{n}@example.com"
        });
    }

    /// <summary>A new company in the officer's district, with a valid credit code of its own.</summary>
    private async Task CreateEnterpriseAsync()
    {
        var district = _district ?? throw new InvalidOperationException($"{user.UserName} has no district.");
        var body = $"K{clientNumber % 100:D2}{++_created:D5}";
        var first17 = $"91{district.Code}{body}{CreditCodeRules.ComputeOrganisationCheckCharacter(body)}";
        var created = await SendAsync("POST /enterprises", HttpMethod.Post, "/api/app/enterprises", new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = $"压测新建科技有限公司{clientNumber:D2}-{_created:D5}",
            CreditCode = first17 + CreditCodeRules.ComputeCheckCharacter(first17), DistrictId = district.Id
        });
        if (created?.GetProperty("id").GetGuid() is { } id)
        {
            _readable.Add(id);
            if (IsMine(id))
            {
                _writable.Add(id);
            }
        }
    }

    /// <summary>This client's share of the enterprises, by id: the same for every client whenever it looks.</summary>
    private bool IsMine(Guid id) => (uint)id.GetHashCode() % (uint)shares == share;

    private static DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime);

    private Task<JsonElement?> GetAsync(string operation, string url, HttpStatusCode? expected = null) =>
        SendAsync(operation, HttpMethod.Get, url, null, expected);

    /// <summary>One timed request; anything but the expected status (any 2xx when none is given) is recorded as an error.</summary>
    private async Task<JsonElement?> SendAsync(string operation, HttpMethod method, string url, object? body, HttpStatusCode? expected = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (_token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var content = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var ok = expected is { } status ? response.StatusCode == status : response.IsSuccessStatusCode;
            if (!ok)
            {
                recorder.Error(operation, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), elapsed,
                    $"{user.UserName} {method} {url}: {Encoding.UTF8.GetString(content)}");
                return null;
            }
            recorder.Success(operation, elapsed);
            return response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true && content.Length > 0
                ? JsonDocument.Parse(content).RootElement.Clone()
                : null;
        }
        catch (HttpRequestException e)
        {
            recorder.Error(operation, "connection", Stopwatch.GetElapsedTime(started).TotalMilliseconds, $"{user.UserName} {method} {url}: {e.Message}");
        }
        catch (TaskCanceledException e)
        {
            recorder.Error(operation, "timeout", Stopwatch.GetElapsedTime(started).TotalMilliseconds, $"{user.UserName} {method} {url}: {e.Message}");
        }
        return null;
    }
}
