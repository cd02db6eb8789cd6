using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublicListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Questions_Public_CreatedAt",
                table: "Questions",
                column: "CreatedAt",
                filter: "\"DeletedAt\" IS NULL AND \"HiddenAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Public_Status_AnswerCount_CreatedAt",
                table: "Questions",
                columns: new[] { "Status", "AnswerCount", "CreatedAt" },
                filter: "\"DeletedAt\" IS NULL AND \"HiddenAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_Public_CreatedAt",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_Public_Status_AnswerCount_CreatedAt",
                table: "Questions");
        }
    }
}
