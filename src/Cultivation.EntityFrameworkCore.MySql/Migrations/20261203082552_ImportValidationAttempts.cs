using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cultivation.Migrations
{
    /// <inheritdoc />
    public partial class ImportValidationAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ValidationAttempts",
                table: "AppImportBatches",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ValidationAttempts",
                table: "AppImportBatches");
        }
    }
}
