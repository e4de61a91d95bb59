using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PublicSentiment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SentimentReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Assessment = table.Column<int>(type: "INTEGER", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SearchFolded = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentimentReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentimentReports_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SentimentTopics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentimentTopics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProminentIssues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Scale = table.Column<int>(type: "INTEGER", nullable: false),
                    Households = table.Column<int>(type: "INTEGER", nullable: true),
                    People = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SearchFolded = table.Column<string>(type: "TEXT", maxLength: 601, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProminentIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProminentIssues_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProminentIssues_SentimentReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "SentimentReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProminentIssues_SentimentTopics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "SentimentTopics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SentimentTopicRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    Assessment = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentimentTopicRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentimentTopicRatings_SentimentReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "SentimentReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SentimentTopicRatings_SentimentTopics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "SentimentTopics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IssueFollowUps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IssueId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FromStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ToStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssueFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssueFollowUps_ProminentIssues_IssueId",
                        column: x => x.IssueId,
                        principalTable: "ProminentIssues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssueFollowUps_IssueId_On",
                table: "IssueFollowUps",
                columns: new[] { "IssueId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_ProminentIssues_OrganizationId_FoundOn",
                table: "ProminentIssues",
                columns: new[] { "OrganizationId", "FoundOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProminentIssues_OrganizationId_Status",
                table: "ProminentIssues",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProminentIssues_ReportId",
                table: "ProminentIssues",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ProminentIssues_TopicId",
                table: "ProminentIssues",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_SentimentReports_OrganizationId_PeriodEnd",
                table: "SentimentReports",
                columns: new[] { "OrganizationId", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_SentimentReports_PeriodEnd_Assessment",
                table: "SentimentReports",
                columns: new[] { "PeriodEnd", "Assessment" });

            migrationBuilder.CreateIndex(
                name: "IX_SentimentTopicRatings_ReportId_TopicId",
                table: "SentimentTopicRatings",
                columns: new[] { "ReportId", "TopicId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentimentTopicRatings_TopicId_Assessment",
                table: "SentimentTopicRatings",
                columns: new[] { "TopicId", "Assessment" });

            migrationBuilder.CreateIndex(
                name: "IX_SentimentTopics_Code",
                table: "SentimentTopics",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssueFollowUps");

            migrationBuilder.DropTable(
                name: "SentimentTopicRatings");

            migrationBuilder.DropTable(
                name: "ProminentIssues");

            migrationBuilder.DropTable(
                name: "SentimentReports");

            migrationBuilder.DropTable(
                name: "SentimentTopics");
        }
    }
}
