using Cultivation.Auditing;
using Cultivation.Entities;

namespace Cultivation.Notifications;

/// <summary>
/// An entry of a user's in-app inbox. <see cref="SourceKey"/> names what it is about (a reminder, a digest
/// week, a failed job run); a user gets one notification per source key. Not audited: the inbox itself is the record of
/// what was sent, and marking it read is the reader's own bookkeeping, not a change anybody audits.
/// </summary>
[DisableAuditing]
public class Notification : AggregateRoot<Guid>
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 4000;
    public const int MaxLinkLength = 256;
    public const int MaxSourceKeyLength = 128;

    public Guid UserId { get; private set; }
    public string Title { get; private set; } = null!;
    public string Body { get; private set; } = null!;
    /// <summary>Where in the UI the record lives, e.g. /enterprises/{id}.</summary>
    public string? Link { get; private set; }
    public string SourceKey { get; private set; } = null!;
    public DateTime CreationTime { get; private set; }
    public DateTime? ReadTime { get; private set; }

    private Notification()
    {
    }

    public Notification(Guid id, Guid userId, string title, string body, string? link, string sourceKey, DateTime now) : base(id)
    {
        UserId = userId;
        Title = Truncate(title, MaxTitleLength);
        Body = Truncate(body, MaxBodyLength);
        Link = link;
        SourceKey = Truncate(sourceKey, MaxSourceKeyLength);
        CreationTime = now;
    }

    public void MarkRead(DateTime now) => ReadTime ??= now;

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}

/// <summary>
/// A message to deliver outside the application (e-mail, 企业微信 robot), written in the same transaction as
/// what caused it and delivered later with retries: a failing mail server delays mail but loses none.
/// </summary>
[DisableAuditing]
public class OutboxMessage : AggregateRoot<Guid>
{
    public const int MaxRecipientLength = 512;
    public const int MaxErrorLength = 1000;

    public OutboxChannel Channel { get; private set; }
    public string Recipient { get; private set; } = null!;
    public string Subject { get; private set; } = null!;
    public string Body { get; private set; } = null!;
    public string SourceKey { get; private set; } = null!;
    public DateTime CreationTime { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptTime { get; private set; }
    public DateTime? SentTime { get; private set; }
    public string? LastError { get; private set; }

    private OutboxMessage()
    {
    }

    public OutboxMessage(Guid id, OutboxChannel channel, string recipient, string subject, string body, string sourceKey, DateTime now) : base(id)
    {
        Channel = channel;
        Recipient = recipient;
        Subject = subject.Length > Notification.MaxTitleLength ? subject[..Notification.MaxTitleLength] : subject;
        Body = body;
        SourceKey = sourceKey.Length > Notification.MaxSourceKeyLength ? sourceKey[..Notification.MaxSourceKeyLength] : sourceKey;
        CreationTime = now;
        NextAttemptTime = now;
    }

    public void MarkSent(DateTime now)
    {
        SentTime = now;
        LastError = null;
    }

    /// <summary>Backs off 1, 2, 4 … minutes, at most an hour, and keeps trying.</summary>
    public void MarkFailed(string error, DateTime now)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        NextAttemptTime = now.AddMinutes(Math.Min(60, Math.Pow(2, Math.Min(Attempts - 1, 6))));
    }
}
