namespace Cultivation.Notifications;

/// <summary>Who is told what: users by id with their e-mail, officers and leads of districts, reviewers.</summary>
public interface INotificationRecipients
{
    Task<Dictionary<Guid, Recipient>> GetUsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);

    /// <summary>Active district officers of each district.</summary>
    Task<Dictionary<Guid, List<Recipient>>> GetDistrictOfficersAsync(IReadOnlyCollection<Guid> districtIds, CancellationToken cancellationToken = default);

    Task<List<Recipient>> GetActiveUsersInRoleAsync(string role, CancellationToken cancellationToken = default);
}

public sealed record Recipient(Guid UserId, string DisplayName, string? Email);

/// <summary>Configuration section "Notifications": which outside channels are in use.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>企业微信 group-robot webhook URLs by district code (310115 → https://qyapi.weixin.qq.com/…); "*" for all districts.</summary>
    public Dictionary<string, string> WeComWebhooks { get; set; } = [];

    /// <summary>The address people open the product at, for links in e-mails.</summary>
    public string? PublicBaseUrl { get; set; }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool UseTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "cultivation@localhost";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
