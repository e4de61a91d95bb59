using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DanVan.Data.Postgres.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Assessment = table.Column<int>(type: "integer", nullable: false),
                    Narrative = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SearchFolded = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentimentTopics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProminentIssues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<long>(type: "bigint", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    TopicId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Locality = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Scale = table.Column<int>(type: "integer", nullable: false),
                    Households = table.Column<int>(type: "integer", nullable: true),
                    People = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SearchFolded = table.Column<string>(type: "character varying(601)", maxLength: 601, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<long>(type: "bigint", nullable: false),
                    TopicId = table.Column<int>(type: "integer", nullable: false),
                    Assessment = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IssueId = table.Column<long>(type: "bigint", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Action = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FromStatus = table.Column<int>(type: "integer", nullable: false),
                    ToStatus = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
