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
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ProgrammeId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Name = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublicityStartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicityEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MaterialsDays = table.Column<int>(type: "int", nullable: false),
                    DistrictReviewDays = table.Column<int>(type: "int", nullable: false),
                    MunicipalReviewDays = table.Column<int>(type: "int", nullable: false),
                    DecisionDays = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    CreatorId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    IsDeleted = table.Column<bool>(type: "tinyint(1)", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    DeleterId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci")
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
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "AppPolicyPipelineTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ProgrammeId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Materials = table.Column<string>(type: "longtext", nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    CreatorId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci")
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
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "AppPolicyApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    DistrictId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ProgrammeId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ProgrammeCode = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ProgrammeKind = table.Column<int>(type: "int", nullable: false),
                    BatchId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    OpenBatchId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    AssessmentId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    RuleSetId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    FurthestStage = table.Column<int>(type: "int", nullable: false),
                    StageEnteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StageDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecommendedById = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    RecommendedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OnSiteCheckNote = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AverageScore = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    PublicityStartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicityEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<int>(type: "int", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GrantedAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    OutcomeReason = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    LastActionTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    CreatorId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    IsDeleted = table.Column<bool>(type: "tinyint(1)", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    DeleterId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci")
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
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "AppPolicyApplicationMaterials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ApplicationId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Code = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Name = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    EnglishName = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Required = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    Unverified = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    DisplayOrder = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    DocumentId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    FileName = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Note = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    UpdatedTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyApplicationMaterials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyApplicationMaterials_AppPolicyApplications_Applicat~",
                        column: x => x.ApplicationId,
                        principalTable: "AppPolicyApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "AppPolicyApplicationObjections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ApplicationId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Summary = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: true),
                    Resolution = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyApplicationObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyApplicationObjections_AppPolicyApplications_Applica~",
                        column: x => x.ApplicationId,
                        principalTable: "AppPolicyApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "AppPolicyApplicationScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ApplicationId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ExpertName = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Score = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    Comment = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    RecordedById = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    RecordedTime = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyApplicationScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyApplicationScores_AppPolicyApplications_Application~",
                        column: x => x.ApplicationId,
                        principalTable: "AppPolicyApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "AppPolicyApplicationTransitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ApplicationId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Action = table.Column<int>(type: "int", nullable: false),
                    FromStage = table.Column<int>(type: "int", nullable: false),
                    ToStage = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ActorId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    ActorName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    OccurredTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppPolicyApplicationTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppPolicyApplicationTransitions_AppPolicyApplications_Applic~",
                        column: x => x.ApplicationId,
                        principalTable: "AppPolicyApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "AppPolicyDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ApplicationId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    DistrictId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    MaterialCode = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    FileName = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ContentType = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "char(64)", fixedLength: true, maxLength: 64, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Content = table.Column<byte[]>(type: "longblob", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    CreatorId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci")
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
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

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
                name: "IX_AppPolicyApplications_BatchId_IsDeleted_DistrictId_FurthestS~",
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
                name: "IX_AppPolicyApplications_ProgrammeId_IsDeleted_DistrictId_Furth~",
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
