using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FaqInSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Forum.Infrastructure.Persistence.Sql.SearchSql.DropSqlServer(migrationBuilder);

            migrationBuilder.DropPrimaryKey(
                name: "PK_SearchDocuments",
                table: "SearchDocuments");

            migrationBuilder.AlterColumn<int>(
                name: "QuestionId",
                table: "SearchDocuments",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<int>(
                name: "Id",
                table: "SearchDocuments",
                type: "int",
                nullable: false,
                defaultValue: 0)
                .Annotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AddColumn<int>(
                name: "FaqArticleId",
                table: "SearchDocuments",
                type: "int",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_SearchDocuments",
                table: "SearchDocuments",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_FaqArticleId",
                table: "SearchDocuments",
                column: "FaqArticleId",
                unique: true,
                filter: "[FaqArticleId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_QuestionId",
                table: "SearchDocuments",
                column: "QuestionId",
                unique: true,
                filter: "[QuestionId] IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_SearchDocuments_FaqArticles_FaqArticleId",
                table: "SearchDocuments",
                column: "FaqArticleId",
                principalTable: "FaqArticles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            Forum.Infrastructure.Persistence.Sql.SearchSql.CreateSqlServer(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Forum.Infrastructure.Persistence.Sql.SearchSql.DropSqlServerAndFaqDocuments(migrationBuilder);

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
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_SearchDocuments",
                table: "SearchDocuments",
                column: "QuestionId");

            Forum.Infrastructure.Persistence.Sql.SearchSql.CreateSqlServer(migrationBuilder);
        }
    }
}
