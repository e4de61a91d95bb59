using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NationalScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_Path",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_OrganizationId",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_DueOn_Id",
                table: "WorkTasks",
                columns: new[] { "DueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Path_ValidTo",
                table: "Organizations",
                columns: new[] { "Path", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_ExemplaryModels_StartedOn_Id",
                table: "ExemplaryModels",
                columns: new[] { "StartedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At_Id",
                table: "AuditEntries",
                columns: new[] { "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_At_Id",
                table: "AuditEntries",
                columns: new[] { "EntityType", "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OrganizationId_At_Id",
                table: "AuditEntries",
                columns: new[] { "OrganizationId", "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserName_At_Id",
                table: "AuditEntries",
                columns: new[] { "UserName", "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AdminUnits_Level_ValidFrom_ValidTo",
                table: "AdminUnits",
                columns: new[] { "Level", "ValidFrom", "ValidTo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkTasks_DueOn_Id",
                table: "WorkTasks");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_Path_ValidTo",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_ExemplaryModels_StartedOn_Id",
                table: "ExemplaryModels");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_At_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_EntityType_At_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_OrganizationId_At_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UserName_At_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AdminUnits_Level_ValidFrom_ValidTo",
                table: "AdminUnits");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Path",
                table: "Organizations",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OrganizationId",
                table: "AuditEntries",
                column: "OrganizationId");
        }
    }
}
