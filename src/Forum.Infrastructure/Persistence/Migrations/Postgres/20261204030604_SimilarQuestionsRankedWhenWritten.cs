using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SimilarQuestionsRankedWhenWritten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SimilarQuestionsDue",
                table: "Questions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SimilarQuestionsRankedAt",
                table: "Questions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SimilarQuestionLinks",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    SimilarQuestionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimilarQuestionLinks", x => new { x.QuestionId, x.Position });
                    table.ForeignKey(
                        name: "FK_SimilarQuestionLinks_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SimilarQuestionLinks_Questions_SimilarQuestionId",
                        column: x => x.SimilarQuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_SimilarQuestionsDue",
                table: "Questions",
                column: "Id",
                filter: "\"SimilarQuestionsDue\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SimilarQuestionLinks_SimilarQuestionId",
                table: "SimilarQuestionLinks",
                column: "SimilarQuestionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SimilarQuestionLinks");

            migrationBuilder.DropIndex(
                name: "IX_Questions_SimilarQuestionsDue",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "SimilarQuestionsDue",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "SimilarQuestionsRankedAt",
                table: "Questions");
        }
    }
}
