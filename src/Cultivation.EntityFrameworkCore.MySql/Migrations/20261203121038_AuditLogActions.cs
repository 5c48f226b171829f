using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cultivation.Migrations
{
    /// <inheritdoc />
    public partial class AuditLogActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Action",
                table: "AppAuditLogs",
                type: "varchar(128)",
                maxLength: 128,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<bool>(
                name: "IsSystem",
                table: "AppAuditLogs",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Module",
                table: "AppAuditLogs",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            // What no person did (jobs, seeding) is system activity, hidden from the log's default view.
            migrationBuilder.Sql("UPDATE AppAuditLogs SET IsSystem = 1 WHERE UserId IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AppAuditLogs_Action_ExecutionTime",
                table: "AppAuditLogs",
                columns: new[] { "Action", "ExecutionTime" });

            migrationBuilder.CreateIndex(
                name: "IX_AppAuditLogs_IsSystem_ExecutionTime",
                table: "AppAuditLogs",
                columns: new[] { "IsSystem", "ExecutionTime" });

            migrationBuilder.CreateIndex(
                name: "IX_AppAuditLogs_Module_ExecutionTime",
                table: "AppAuditLogs",
                columns: new[] { "Module", "ExecutionTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AppAuditLogs_Action_ExecutionTime",
                table: "AppAuditLogs");

            migrationBuilder.DropIndex(
                name: "IX_AppAuditLogs_IsSystem_ExecutionTime",
                table: "AppAuditLogs");

            migrationBuilder.DropIndex(
                name: "IX_AppAuditLogs_Module_ExecutionTime",
                table: "AppAuditLogs");

            migrationBuilder.DropColumn(
                name: "Action",
                table: "AppAuditLogs");

            migrationBuilder.DropColumn(
                name: "IsSystem",
                table: "AppAuditLogs");

            migrationBuilder.DropColumn(
                name: "Module",
                table: "AppAuditLogs");
        }
    }
}
