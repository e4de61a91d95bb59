using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HomeCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_Path",
                table: "Organizations");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Path_ValidTo",
                table: "Organizations",
                columns: new[] { "Path", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_AdminUnits_Level_ValidFrom_ValidTo",
                table: "AdminUnits",
                columns: new[] { "Level", "ValidFrom", "ValidTo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_Path_ValidTo",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_AdminUnits_Level_ValidFrom_ValidTo",
                table: "AdminUnits");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Path",
                table: "Organizations",
                column: "Path");
        }
    }
}
