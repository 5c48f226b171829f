using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cultivation.Migrations
{
    /// <inheritdoc />
    public partial class PolicyApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppPolicyBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublicityStartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicityEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MaterialsDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictReviewDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalReviewDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyBatches_AppPolicyProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "AppPolicyProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppPolicyPipelineTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Materials = table.Column<string>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyPipelineTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyPipelineTemplates_AppPolicyProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "AppPolicyProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppPolicyApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProgrammeKind = table.Column<int>(type: "INTEGER", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenBatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RuleSetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    FurthestStage = table.Column<int>(type: "INTEGER", nullable: false),
                    StageEnteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StageDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecommendedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecommendedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OnSiteCheckNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AverageScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    PublicityStartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicityEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GrantedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    OutcomeReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastActionTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyApplications_AppEnterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "AppEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppPolicyApplications_AppPolicyBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "AppPolicyBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppPolicyApplications_AppPolicyProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "AppPolicyProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppPolicyApplicationMaterials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EnglishName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Unverified = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyApplicationMaterials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyApplicationMaterials_AppPolicyApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "AppPolicyApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppPolicyApplicationObjections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyApplicationObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyApplicationObjections_AppPolicyApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "AppPolicyApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppPolicyApplicationScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpertName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyApplicationScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyApplicationScores_AppPolicyApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "AppPolicyApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppPolicyApplicationTransitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStage = table.Column<int>(type: "INTEGER", nullable: false),
                    ToStage = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OccurredTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyApplicationTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyApplicationTransitions_AppPolicyApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "AppPolicyApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppPolicyDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaterialCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyDocuments_AppPolicyApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "AppPolicyApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyApplicationMaterials_ApplicationId_Code",
                table: "AppPolicyApplicationMaterials",
                columns: new[] { "ApplicationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyApplicationObjections_ApplicationId",
                table: "AppPolicyApplicationObjections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyApplications_BatchId_IsDeleted_DistrictId_FurthestStage_Stage",
                table: "AppPolicyApplications",
                columns: new[] { "BatchId", "IsDeleted", "DistrictId", "FurthestStage", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyApplications_DistrictId_IsDeleted_Stage_StageDueOn",
                table: "AppPolicyApplications",
                columns: new[] { "DistrictId", "IsDeleted", "Stage", "StageDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyApplications_EnterpriseId_OpenBatchId",
                table: "AppPolicyApplications",
                columns: new[] { "EnterpriseId", "OpenBatchId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyApplications_IsDeleted_Stage_DistrictId_StageDueOn",
                table: "AppPolicyApplications",
                columns: new[] { "IsDeleted", "Stage", "DistrictId", "StageDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyApplications_ProgrammeId_IsDeleted_DistrictId_FurthestStage_Stage",
                table: "AppPolicyApplications",
                columns: new[] { "ProgrammeId", "IsDeleted", "DistrictId", "FurthestStage", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyApplicationScores_ApplicationId",
                table: "AppPolicyApplicationScores",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyApplicationTransitions_ApplicationId_OccurredTime",
                table: "AppPolicyApplicationTransitions",
                columns: new[] { "ApplicationId", "OccurredTime" });

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyBatches_ClosesOn_OpensOn",
                table: "AppPolicyBatches",
                columns: new[] { "ClosesOn", "OpensOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyBatches_ProgrammeId_OpensOn",
                table: "AppPolicyBatches",
                columns: new[] { "ProgrammeId", "OpensOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyDocuments_ApplicationId_MaterialCode",
                table: "AppPolicyDocuments",
                columns: new[] { "ApplicationId", "MaterialCode" });

            migrationBuilder.CreateIndex(
                name: "IX_AppPolicyPipelineTemplates_ProgrammeId",
                table: "AppPolicyPipelineTemplates",
                column: "ProgrammeId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppPolicyApplicationMaterials");

            migrationBuilder.DropTable(
                name: "AppPolicyApplicationObjections");

            migrationBuilder.DropTable(
                name: "AppPolicyApplicationScores");

            migrationBuilder.DropTable(
                name: "AppPolicyApplicationTransitions");

            migrationBuilder.DropTable(
                name: "AppPolicyDocuments");

            migrationBuilder.DropTable(
                name: "AppPolicyPipelineTemplates");

            migrationBuilder.DropTable(
                name: "AppPolicyApplications");

            migrationBuilder.DropTable(
                name: "AppPolicyBatches");
        }
    }
}
