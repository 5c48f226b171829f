using Cultivation.Validation;

namespace Cultivation.Domain.Tests.Validation;

public class WebsiteRules_Tests
{
    [Theory]
    [InlineData("https://www.example.com")]
    [InlineData("http://example.com/a?b=1#c")]
    [InlineData("https://例子.中国")]
    public void Should_accept_absolute_http_and_https_addresses(string website) => WebsiteRules.IsValid(website).ShouldBeTrue();

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://files.example.com")]
    [InlineData("file:///etc/passwd")]
    [InlineData("www.example.com")]
    [InlineData("//example.com")]
    [InlineData("http://")]
    [InlineData(null)]
    public void Should_refuse_anything_else(string? website) => WebsiteRules.IsValid(website).ShouldBeFalse();
}
