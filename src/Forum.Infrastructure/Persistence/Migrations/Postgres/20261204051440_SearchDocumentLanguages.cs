using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.Postgres
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
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_FaqArticleId_Language",
                table: "SearchDocuments",
                columns: new[] { "FaqArticleId", "Language" },
                unique: true);

            Forum.Infrastructure.Persistence.Sql.SearchSql.LanguagesPostgres(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Forum.Infrastructure.Persistence.Sql.SearchSql.DropPostgresAndTranslationDocuments(migrationBuilder);

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

            Forum.Infrastructure.Persistence.Sql.SearchSql.CreatePostgres(migrationBuilder);
        }
    }
}
