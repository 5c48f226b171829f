using System.Net.Http.Json;
using System.Text.Json;

namespace Cultivation.Notifications;

/// <summary>Posts a text message to a 企业微信 group robot (the message's recipient is the webhook URL).</summary>
public sealed class WeComOutboxSender(HttpClient http) : IOutboxSender
{
    public OutboxChannel Channel => OutboxChannel.WeCom;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync(message.Recipient, new { msgtype = "text", text = new { content = message.Body } }, cancellationToken);
        response.EnsureSuccessStatusCode();
        // The robot answers 200 with {"errcode": n} when it refuses a message.
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errcode", out var code) && code.GetInt32() != 0)
        {
            throw new InvalidOperationException($"企业微信 robot refused the message: {body}");
        }
    }
}
