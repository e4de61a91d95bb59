using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NationalListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_DueOn_Id",
                table: "WorkTasks",
                columns: new[] { "DueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ExemplaryModels_StartedOn_Id",
                table: "ExemplaryModels",
                columns: new[] { "StartedOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkTasks_DueOn_Id",
                table: "WorkTasks");

            migrationBuilder.DropIndex(
                name: "IX_ExemplaryModels_StartedOn_Id",
                table: "ExemplaryModels");
        }
    }
}
