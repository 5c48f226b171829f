using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cultivation.Migrations
{
    /// <inheritdoc />
    public partial class PolicyTitles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Listed",
                table: "AppEnterprises",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AppEnterpriseTitles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RuleSetVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextUpdateDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    EvidenceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppEnterpriseTitles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppEnterpriseTitles_AppDistricts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "AppDistricts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppEnterpriseTitles_AppEnterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "AppEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppEnterpriseTitles_AppPolicyProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "AppPolicyProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppFinancingRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RoundName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    InvestorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    QualifiedInvestor = table.Column<bool>(type: "INTEGER", nullable: false),
                    PostMoneyValuation = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppFinancingRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppFinancingRounds_AppEnterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "AppEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppEnterpriseTitles_DistrictId_Status_ProgrammeId",
                table: "AppEnterpriseTitles",
                columns: new[] { "DistrictId", "Status", "ProgrammeId" });

            migrationBuilder.CreateIndex(
                name: "IX_AppEnterpriseTitles_EnterpriseId_ProgrammeId",
                table: "AppEnterpriseTitles",
                columns: new[] { "EnterpriseId", "ProgrammeId" });

            migrationBuilder.CreateIndex(
                name: "IX_AppEnterpriseTitles_ProgrammeId_Status_EnterpriseId",
                table: "AppEnterpriseTitles",
                columns: new[] { "ProgrammeId", "Status", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_AppEnterpriseTitles_Status_NextUpdateDueOn",
                table: "AppEnterpriseTitles",
                columns: new[] { "Status", "NextUpdateDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AppEnterpriseTitles_Status_ReviewDueOn",
                table: "AppEnterpriseTitles",
                columns: new[] { "Status", "ReviewDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AppEnterpriseTitles_Status_ValidUntil",
                table: "AppEnterpriseTitles",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_AppFinancingRounds_EnterpriseId_Date",
                table: "AppFinancingRounds",
                columns: new[] { "EnterpriseId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppEnterpriseTitles");

            migrationBuilder.DropTable(
                name: "AppFinancingRounds");

            migrationBuilder.DropColumn(
                name: "Listed",
                table: "AppEnterprises");
        }
    }
}
