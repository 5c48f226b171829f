using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cultivation.Migrations
{
    /// <inheritdoc />
    public partial class LatestAwardIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AppAwardRecords_EnterpriseId_EditionYear",
                table: "AppAwardRecords",
                columns: new[] { "EnterpriseId", "EditionYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AppAwardRecords_EnterpriseId_EditionYear",
                table: "AppAwardRecords");
        }
    }
}
