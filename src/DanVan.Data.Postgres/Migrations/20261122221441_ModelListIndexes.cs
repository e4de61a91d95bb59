using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ModelListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ModelRecognitions_ModelId_ValidFrom",
                table: "ModelRecognitions");

            migrationBuilder.CreateIndex(
                name: "IX_ModelRecognitions_ModelId_ValidFrom_LastDay",
                table: "ModelRecognitions",
                columns: new[] { "ModelId", "ValidFrom", "LastDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ModelRecognitions_ModelId_ValidFrom_LastDay",
                table: "ModelRecognitions");

            migrationBuilder.CreateIndex(
                name: "IX_ModelRecognitions_ModelId_ValidFrom",
                table: "ModelRecognitions",
                columns: new[] { "ModelId", "ValidFrom" });
        }
    }
}
