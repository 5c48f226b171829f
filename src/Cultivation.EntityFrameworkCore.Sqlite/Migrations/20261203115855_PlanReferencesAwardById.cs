using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cultivation.Migrations
{
    /// <inheritdoc />
    public partial class PlanReferencesAwardById : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AppFollowUpPlans_AppAwardRecords_AwardRecordId",
                table: "AppFollowUpPlans");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_AppFollowUpPlans_AppAwardRecords_AwardRecordId",
                table: "AppFollowUpPlans",
                column: "AwardRecordId",
                principalTable: "AppAwardRecords",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}
