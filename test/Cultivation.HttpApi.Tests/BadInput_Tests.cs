using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Cultivation.Security;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.HttpApi.Tests;

/// <summary>
/// Hostile and careless input as a class of defect: every string a client can send has a bound, every action is
/// authorized before its input is read, and oversized values answer field errors while the host stays up.
/// </summary>
public abstract class BadInput_Tests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CultivationWebApplicationFactory
{
    private static readonly string Huge = new('9', 5 * 1024 * 1024);

    private IEnumerable<ControllerActionDescriptor> Actions =>
        factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>();

    [Fact]
    public void Should_find_the_permission_of_every_action_before_binding_its_input()
    {
        var map = factory.Services.GetRequiredService<AppServiceActionMap>();
        Actions.Where(a => map.Find(a) is null)
            .Select(a => $"{a.ControllerName}.{a.ActionName}")
            .ShouldBeEmpty("actions whose application-service method (and so permission) cannot be found");
    }

    [Fact]
    public void Should_bound_every_string_and_list_a_client_can_send()
    {
        var unbounded = new SortedSet<string>();
        foreach (var parameter in Actions.SelectMany(a => a.Parameters))
        {
            var source = parameter.BindingInfo?.BindingSource;
            if (source == BindingSource.Path || source == BindingSource.Services || source == BindingSource.Special
                || source == BindingSource.FormFile || parameter.ParameterType == typeof(CancellationToken))
            {
                continue;
            }
            var attributes = (parameter as ControllerParameterDescriptor)?.ParameterInfo.GetCustomAttributes(true) ?? [];
            CollectUnbounded(parameter.ParameterType, parameter.Name, attributes, unbounded, []);
        }
        unbounded.ShouldBeEmpty("strings and lists without [StringLength]/[MaxLength]");
    }

    [Fact]
    public async Task Should_answer_403_not_field_errors_to_a_caller_without_the_permission()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Investor);
        var response = await client.PostAsJsonAsync("/api/app/enterprises", new { kind = "Company", name = "", creditCode = Huge });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.TryGetProperty("errors", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_refuse_a_five_megabyte_credit_code_on_its_field_and_stay_up()
    {
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var response = await client.PostAsJsonAsync("/api/app/enterprises",
            new { kind = "Company", name = "超长代码", creditCode = Huge, districtId = TestData.PudongId });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("creditCode")[0].GetString().ShouldNotBeNullOrEmpty();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_an_overlong_query_value_on_its_field()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Reviewer);
        var response = await client.GetAsync("/api/app/enterprises?keyword=" + new string('企', 2000));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("上海\u0000测试")]
    [InlineData("上海\u202E试测")]
    [InlineData("上海\u2066测试\u2069")]
    [InlineData("上海\u0007测试")]
    public async Task Should_refuse_control_and_direction_override_characters_in_text(string name)
    {
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var response = await client.PostAsJsonAsync("/api/app/enterprises",
            new { kind = "MakerTeam", name, districtId = TestData.PudongId });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("name")[0].GetString()!.ShouldContain("控制字符");
    }

    [Fact]
    public async Task Should_refuse_a_date_in_year_one()
    {
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var response = await client.PostAsJsonAsync("/api/app/enterprises",
            new { kind = "MakerTeam", name = "零年团队", districtId = TestData.PudongId, foundedOn = "0001-01-01" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("foundedOn")[0].GetString()!.ShouldContain("1900");
    }

    [Fact]
    public async Task Should_refuse_an_update_without_the_stamp_it_read()
    {
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var enterprise = await client.GetFromJsonAsync<JsonElement>($"/api/app/enterprises/{factory.Ids.PudongCompany}");
        var response = await client.PutAsJsonAsync($"/api/app/enterprises/{factory.Ids.PudongCompany}", new
        {
            name = enterprise.GetProperty("name").GetString(),
            creditCode = enterprise.GetProperty("creditCode").GetString(),
            districtId = TestData.PudongId
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(CultivationDomainErrorCodes.ConcurrencyStampRequired);
        problem.GetProperty("errors").GetProperty("concurrencyStamp")[0].GetString().ShouldNotBeNullOrEmpty();
    }

    private static void CollectUnbounded(Type type, string path, object[] attributes, ISet<string> unbounded, HashSet<Type> visited)
    {
        var isBounded = attributes.Any(a => a is StringLengthAttribute or MaxLengthAttribute);
        if (type == typeof(string))
        {
            if (!isBounded)
            {
                unbounded.Add(path);
            }
            return;
        }
        var element = ElementType(type);
        if (element is not null)
        {
            if (!isBounded)
            {
                unbounded.Add(path);
            }
            CollectUnbounded(element, path + "[]", [new MaxLengthAttribute()], unbounded, visited);
            return;
        }
        if (!IsOwnType(type) || !visited.Add(type))
        {
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            CollectUnbounded(property.PropertyType, $"{type.Name}.{property.Name}", property.GetCustomAttributes(true), unbounded, visited);
        }
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }
        return type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
    }

    private static bool IsOwnType(Type type) =>
        type.IsClass && type.Namespace?.StartsWith("Cultivation", StringComparison.Ordinal) == true;
}

public sealed class BadInput_Sqlite_Tests(SqliteWebApplicationFactory factory) : BadInput_Tests<SqliteWebApplicationFactory>(factory);

public sealed class BadInput_MariaDb_Tests(MariaDbWebApplicationFactory factory) : BadInput_Tests<MariaDbWebApplicationFactory>(factory);
