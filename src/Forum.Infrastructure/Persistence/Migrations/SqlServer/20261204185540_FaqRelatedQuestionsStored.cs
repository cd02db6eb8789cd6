using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FaqRelatedQuestionsStored : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RelatedQuestionsDue",
                table: "FaqArticles",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RelatedQuestionsRankedAt",
                table: "FaqArticles",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FaqRelatedQuestions",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    QuestionId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FaqRelatedQuestions", x => new { x.ArticleId, x.Position });
                    table.ForeignKey(
                        name: "FK_FaqRelatedQuestions_FaqArticles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "FaqArticles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FaqRelatedQuestions_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FaqRelatedQuestions_QuestionId",
                table: "FaqRelatedQuestions",
                column: "QuestionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FaqRelatedQuestions");

            migrationBuilder.DropColumn(
                name: "RelatedQuestionsDue",
                table: "FaqArticles");

            migrationBuilder.DropColumn(
                name: "RelatedQuestionsRankedAt",
                table: "FaqArticles");
        }
    }
}
