using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cultivation.Migrations
{
    /// <inheritdoc />
    public partial class IndustryAliases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Aliases",
                table: "AppIndustryFields",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Fields that existed before aliases have none: an empty JSON list, not an empty text.
            migrationBuilder.Sql("UPDATE AppIndustryFields SET Aliases = '[]' WHERE Aliases = ''");

            migrationBuilder.AddColumn<string>(
                name: "IndustryFieldText",
                table: "AppEnterprises",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AppLocalIndustries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    System = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IndustryFieldId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MappingConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayOrder = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_AppLocalIndustries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppLocalIndustries_AppIndustryFields_IndustryFieldId",
                        column: x => x.IndustryFieldId,
                        principalTable: "AppIndustryFields",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppLocalIndustries_Code",
                table: "AppLocalIndustries",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppLocalIndustries_IndustryFieldId",
                table: "AppLocalIndustries",
                column: "IndustryFieldId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppLocalIndustries");

            migrationBuilder.DropColumn(
                name: "Aliases",
                table: "AppIndustryFields");

            migrationBuilder.DropColumn(
                name: "IndustryFieldText",
                table: "AppEnterprises");
        }
    }
}
