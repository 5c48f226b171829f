namespace Cultivation.Notifications;

public enum OutboxChannel
{
    Email = 1,
    /// <summary>企业微信 group robot webhook.</summary>
    WeCom = 2
}
