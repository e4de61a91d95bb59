using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PetitionMonthCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_OrganizationId_Status_DueOn",
                table: "Petitions");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_Status_DueOn",
                table: "Petitions");

            migrationBuilder.CreateTable(
                name: "PetitionMonthCounts",
                columns: table => new
                {
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    YearMonth = table.Column<int>(type: "integer", nullable: false),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Field = table.Column<int>(type: "integer", nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    Accepted = table.Column<int>(type: "integer", nullable: false),
                    Resolved = table.Column<int>(type: "integer", nullable: false),
                    Refused = table.Column<int>(type: "integer", nullable: false),
                    Forwarded = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<int>(type: "integer", nullable: false),
                    Open = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<int>(type: "integer", nullable: false),
                    Late = table.Column<int>(type: "integer", nullable: false),
                    Duplicates = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionMonthCounts", x => new { x.OrganizationId, x.YearMonth, x.ChildId, x.Kind, x.Field });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_OrganizationId_Status_DueOn_ReceivedOn_Kind_Field",
                table: "Petitions",
                columns: new[] { "OrganizationId", "Status", "DueOn", "ReceivedOn", "Kind", "Field" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_Status_DueOn_ReceivedOn_Kind_Field_OrganizationId",
                table: "Petitions",
                columns: new[] { "Status", "DueOn", "ReceivedOn", "Kind", "Field", "OrganizationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PetitionMonthCounts");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_OrganizationId_Status_DueOn_ReceivedOn_Kind_Field",
                table: "Petitions");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_Status_DueOn_ReceivedOn_Kind_Field_OrganizationId",
                table: "Petitions");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_OrganizationId_Status_DueOn",
                table: "Petitions",
                columns: new[] { "OrganizationId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_Status_DueOn",
                table: "Petitions",
                columns: new[] { "Status", "DueOn" });
        }
    }
}
