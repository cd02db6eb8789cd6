using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HelperTakeSlots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_TakenById",
                table: "Questions");

            migrationBuilder.AddColumn<int>(
                name: "TakeSlot",
                table: "Questions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Questions_TakenById_TakeSlot",
                table: "Questions",
                columns: new[] { "TakenById", "TakeSlot" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_TakenById_TakeSlot",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "TakeSlot",
                table: "Questions");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_TakenById",
                table: "Questions",
                column: "TakenById");
        }
    }
}
