using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TopListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Questions_Public_Score_Id",
                table: "Questions",
                columns: new[] { "Score", "Id" },
                filter: "[DeletedAt] IS NULL AND [HiddenAt] IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_Public_Score_Id",
                table: "Questions");
        }
    }
}
