using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FaqInSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_SearchDocuments",
                table: "SearchDocuments");

            migrationBuilder.AlterColumn<int>(
                name: "QuestionId",
                table: "SearchDocuments",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "Id",
                table: "SearchDocuments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<int>(
                name: "FaqArticleId",
                table: "SearchDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_SearchDocuments",
                table: "SearchDocuments",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_FaqArticleId",
                table: "SearchDocuments",
                column: "FaqArticleId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_QuestionId",
                table: "SearchDocuments",
                column: "QuestionId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_SearchDocuments_FaqArticles_FaqArticleId",
                table: "SearchDocuments",
                column: "FaqArticleId",
                principalTable: "FaqArticles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Forum.Infrastructure.Persistence.Sql.SearchSql.DropSqliteAndFaqDocuments(migrationBuilder);

            migrationBuilder.DropForeignKey(
                name: "FK_SearchDocuments_FaqArticles_FaqArticleId",
                table: "SearchDocuments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SearchDocuments",
                table: "SearchDocuments");

            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_FaqArticleId",
                table: "SearchDocuments");

            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_QuestionId",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "FaqArticleId",
                table: "SearchDocuments");

            migrationBuilder.AlterColumn<int>(
                name: "QuestionId",
                table: "SearchDocuments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_SearchDocuments",
                table: "SearchDocuments",
                column: "QuestionId");
        }
    }
}
