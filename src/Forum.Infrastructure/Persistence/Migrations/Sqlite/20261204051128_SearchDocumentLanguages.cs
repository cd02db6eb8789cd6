using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchDocumentLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_FaqArticleId",
                table: "SearchDocuments");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "SearchDocuments",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_FaqArticleId_Language",
                table: "SearchDocuments",
                columns: new[] { "FaqArticleId", "Language" },
                unique: true);

            Forum.Infrastructure.Persistence.Sql.SearchSql.SetQuestionDocumentLanguages(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Forum.Infrastructure.Persistence.Sql.SearchSql.DeleteTranslationDocuments(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_FaqArticleId_Language",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "SearchDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_FaqArticleId",
                table: "SearchDocuments",
                column: "FaqArticleId",
                unique: true);
        }
    }
}
