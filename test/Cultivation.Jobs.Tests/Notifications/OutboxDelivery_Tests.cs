using System.Net;
using System.Text;
using System.Text.Json;
using Cultivation.Districts;
using Cultivation.EntityFrameworkCore;
using Cultivation.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Jobs.Tests.Notifications;

/// <summary>Delivery through the outbox to real servers on 127.0.0.1: SMTP (aiosmtpd) and a 企业微信-style robot endpoint.</summary>
public abstract class OutboxDelivery_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : JobsTestFixture
{
    [Fact]
    public async Task Should_keep_mail_while_the_smtp_server_is_down_and_deliver_it_once_when_it_is_back()
    {
        var folder = Directory.CreateTempSubdirectory("cultivation-smtp-").FullName;
        var maildir = Path.Combine(folder, "maildir"); // aiosmtpd creates it
        var message = NewMessage("逾期提醒");
        await WriteAsync(message, TestData.Users.PudongOfficerId, districtCode: null);

        await DeliverAsync();
        var failed = await OutboxMessageAsync(message.SourceKey, OutboxChannel.Email);
        failed.SentTime.ShouldBeNull();
        failed.Attempts.ShouldBe(1);
        failed.LastError.ShouldNotBeNullOrEmpty();

        await using (await SmtpServerProcess.StartAsync(fixture.SmtpPort, maildir))
        {
            await DeliverAsync();
            (await OutboxMessageAsync(message.SourceKey, OutboxChannel.Email)).SentTime.ShouldBeNull("it waits out its back-off");

            fixture.Clock.Advance(TimeSpan.FromMinutes(2));
            await DeliverAsync();
            fixture.Clock.Advance(TimeSpan.FromHours(2));
            await DeliverAsync();

            var mail = SmtpServerProcess.Received(maildir).Where(m => m.Headers["X-Cultivation-Source"] == message.SourceKey).ShouldHaveSingleItem();
            mail.Subject.ShouldBe(message.Title);
            mail.To.Mailboxes.Single().Address.ShouldBe($"{TestData.Users.PudongOfficer}@test.example");
            mail.TextBody.ShouldNotBeNull().ShouldContain($"https://cultivation.test.example{message.Link}");
            (await OutboxMessageAsync(message.SourceKey, OutboxChannel.Email)).SentTime.ShouldNotBeNull();
        }
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Should_post_to_the_districts_robot_and_retry_a_message_the_robot_refused()
    {
        var received = new List<JsonElement>();
        using var robot = new HttpListener();
        robot.Prefixes.Add($"http://127.0.0.1:{fixture.WeComPort}/cgi-bin/webhook/");
        robot.Start();
        var answering = AnswerAsync(robot, received, ["{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}", "{\"errcode\":0,\"errmsg\":\"ok\"}"]);
        var message = NewMessage("到期提醒");
        await WriteAsync(message, recipient: null, districtCode: ShanghaiDistricts.Pudong.Code);

        await DeliverAsync();
        (await OutboxMessageAsync(message.SourceKey, OutboxChannel.WeCom)).LastError.ShouldNotBeNull().ShouldContain("45009");
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        await DeliverAsync();
        await answering.WaitAsync(TimeSpan.FromSeconds(10));

        (await OutboxMessageAsync(message.SourceKey, OutboxChannel.WeCom)).SentTime.ShouldNotBeNull();
        received.Count.ShouldBe(2);
        received.ShouldAllBe(post => post.GetProperty("msgtype").GetString() == "text");
        received[1].GetProperty("text").GetProperty("content").GetString().ShouldNotBeNull().ShouldContain(message.Title);
    }

    private static NotificationMessage NewMessage(string title)
    {
        var enterpriseId = Guid.NewGuid();
        return new NotificationMessage($"{title}：上海测试智能科技有限公司", "请于今日前联系企业。", $"/enterprises/{enterpriseId}", $"test:{enterpriseId:N}");
    }

    private Task WriteAsync(NotificationMessage message, Guid? recipient, string? districtCode) => fixture.RunAsync(null, async sp =>
    {
        var to = recipient is { } id ? (await sp.GetRequiredService<INotificationRecipients>().GetUsersAsync([id])).Values.ToList() : [];
        await sp.GetRequiredService<NotificationWriter>().WriteAsync(message, to, districtCode);
        await sp.GetRequiredService<Repositories.IUnitOfWork>().SaveChangesAsync();
    });

    private Task DeliverAsync() => fixture.RunAsync(null, sp => sp.GetRequiredService<OutboxDelivery>().DeliverDueAsync());

    private Task<OutboxMessage> OutboxMessageAsync(string sourceKey, OutboxChannel channel) => fixture.RunAsync(null, sp =>
        sp.GetRequiredService<CultivationDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.SourceKey == sourceKey && m.Channel == channel));

    private static async Task AnswerAsync(HttpListener robot, List<JsonElement> received, string[] answers)
    {
        foreach (var answer in answers)
        {
            var context = await robot.GetContextAsync();
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                received.Add(JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone());
            }
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}

public sealed class OutboxDelivery_Sqlite_Tests(SqliteJobsFixture fixture) : OutboxDelivery_Tests<SqliteJobsFixture>(fixture);

public sealed class OutboxDelivery_MariaDb_Tests(MariaDbJobsFixture fixture) : OutboxDelivery_Tests<MariaDbJobsFixture>(fixture);
