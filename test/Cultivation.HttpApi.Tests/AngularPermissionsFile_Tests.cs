using System.Reflection;
using System.Text;
using Cultivation.Identity;
using Cultivation.Permissions;

namespace Cultivation.HttpApi.Tests;

/// <summary>
/// The Angular client's permission and role names (angular/src/app/core/auth/permissions.ts) are generated from
/// <see cref="CultivationPermissions"/> and <see cref="CultivationRoles"/>, never written by hand: this test fails
/// when the file is stale, and writes it when CULTIVATION_WRITE_GENERATED=1 (npm run generate:permissions).
/// </summary>
public sealed class AngularPermissionsFile_Tests
{
    private const string RelativePath = "angular/src/app/core/auth/permissions.ts";

    [Fact]
    public void Should_match_the_server_permission_and_role_names()
    {
        var path = Path.Combine(RepositoryPaths.Root, RelativePath);
        var expected = Render();
        if (Environment.GetEnvironmentVariable("CULTIVATION_WRITE_GENERATED") == "1")
        {
            File.WriteAllText(path, expected);
        }
        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(expected, $"{RelativePath} is stale: run `npm run generate:permissions` in angular/");
    }

    [Fact]
    public void Should_name_only_defined_permissions()
    {
        Names(typeof(CultivationPermissions)).Where(n => n != CultivationPermissions.GroupName)
            .ShouldAllBe(n => CultivationPermissionDefinitionProvider.IsDefined(n));
    }

    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("/* Generated from CultivationPermissions and CultivationRoles by test/Cultivation.HttpApi.Tests/AngularPermissionsFile_Tests.cs.\n");
        text.Append("   Do not edit: run `npm run generate:permissions` after changing the server's names. */\n\n");
        text.Append("/** The server's permission names (Cultivation.Application.Contracts CultivationPermissions). */\n");
        text.Append("export const Permissions = {\n");
        var members = new List<string>();
        foreach (var nested in typeof(CultivationPermissions).GetNestedTypes(BindingFlags.Public))
        {
            var constants = Constants(nested);
            members.Add(constants is [(nameof(CultivationPermissions.AuditLogs.Default), var only)]
                ? $"  {Camel(nested.Name)}: '{only}'"
                : $"  {Camel(nested.Name)}: {{\n{string.Join(",\n", constants.Select(c => $"    {Camel(c.Name)}: '{c.Value}'"))}\n  }}");
        }
        members.AddRange(Constants(typeof(CultivationPermissions))
            .Where(c => c.Name != nameof(CultivationPermissions.GroupName))
            .Select(c => $"  {Camel(c.Name)}: '{c.Value}'"));
        text.Append(string.Join(",\n", members)).Append("\n} as const;\n\n");

        var roles = Constants(typeof(CultivationRoles));
        text.Append("/** The server's role names (Cultivation.Domain.Shared CultivationRoles). */\n");
        text.Append("export const Roles = {\n")
            .Append(string.Join(",\n", roles.Select(r => $"  {Camel(r.Name)}: '{r.Value}'")))
            .Append("\n} as const;\n\n");
        text.Append("export const ALL_ROLES = [")
            .Append(string.Join(", ", roles.Select(r => $"Roles.{Camel(r.Name)}")))
            .Append("] as const;\n");
        return text.ToString();
    }

    private static List<(string Name, string Value)> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
            .ToList();

    private static IEnumerable<string> Names(Type type) =>
        Constants(type).Select(c => c.Value).Concat(type.GetNestedTypes(BindingFlags.Public).SelectMany(Names));

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
