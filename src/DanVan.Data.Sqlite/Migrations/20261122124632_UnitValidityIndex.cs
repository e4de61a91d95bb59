using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UnitValidityIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AdminUnits_ValidTo_ValidFrom_NameFolded",
                table: "AdminUnits",
                columns: new[] { "ValidTo", "ValidFrom", "NameFolded" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AdminUnits_ValidTo_ValidFrom_NameFolded",
                table: "AdminUnits");
        }
    }
}
