using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Figures",
                table: "Reports",
                type: "BLOB",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Figures",
                table: "Reports");
        }
    }
}
