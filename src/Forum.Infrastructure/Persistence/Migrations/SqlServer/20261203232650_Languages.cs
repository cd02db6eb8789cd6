using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Languages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Questions",
                type: "nvarchar(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "AnswerLanguages",
                table: "Members",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Members",
                type: "nvarchar(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<bool>(
                name: "IsSignificant",
                table: "FaqRevisions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "FaqTranslations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ArticleId = table.Column<int>(type: "int", nullable: false),
                    Language = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CurrentRevisionNumber = table.Column<int>(type: "int", nullable: false),
                    RevisionCount = table.Column<int>(type: "int", nullable: false),
                    SourceRevisionId = table.Column<long>(type: "bigint", nullable: true),
                    OutOfDateSince = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FaqTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FaqTranslations_FaqArticles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "FaqArticles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FaqTranslations_FaqRevisions_SourceRevisionId",
                        column: x => x.SourceRevisionId,
                        principalTable: "FaqRevisions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "FaqTranslationRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TranslationId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SourceRevisionId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BodyHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ProposedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    BaseRevisionId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ReviewedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReviewComment = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FaqTranslationRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FaqTranslationRevisions_FaqRevisions_SourceRevisionId",
                        column: x => x.SourceRevisionId,
                        principalTable: "FaqRevisions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_FaqTranslationRevisions_FaqTranslations_TranslationId",
                        column: x => x.TranslationId,
                        principalTable: "FaqTranslations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FaqTranslationRevisions_Members_ProposedById",
                        column: x => x.ProposedById,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FaqTranslationRevisions_Members_ReviewedById",
                        column: x => x.ReviewedById,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Language_CreatedAt",
                table: "Questions",
                columns: new[] { "Language", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FaqTranslationRevisions_ProposedById_Status",
                table: "FaqTranslationRevisions",
                columns: new[] { "ProposedById", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FaqTranslationRevisions_ReviewedById",
                table: "FaqTranslationRevisions",
                column: "ReviewedById");

            migrationBuilder.CreateIndex(
                name: "IX_FaqTranslationRevisions_SourceRevisionId",
                table: "FaqTranslationRevisions",
                column: "SourceRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_FaqTranslationRevisions_Status_ProposedAt",
                table: "FaqTranslationRevisions",
                columns: new[] { "Status", "ProposedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FaqTranslationRevisions_TranslationId_Number",
                table: "FaqTranslationRevisions",
                columns: new[] { "TranslationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FaqTranslations_ArticleId_Language",
                table: "FaqTranslations",
                columns: new[] { "ArticleId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FaqTranslations_OutOfDateSince",
                table: "FaqTranslations",
                column: "OutOfDateSince");

            migrationBuilder.CreateIndex(
                name: "IX_FaqTranslations_SourceRevisionId",
                table: "FaqTranslations",
                column: "SourceRevisionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FaqTranslationRevisions");

            migrationBuilder.DropTable(
                name: "FaqTranslations");

            migrationBuilder.DropIndex(
                name: "IX_Questions_Language_CreatedAt",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "AnswerLanguages",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "IsSignificant",
                table: "FaqRevisions");
        }
    }
}
