using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.Postgres
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
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "Id",
                table: "SearchDocuments",
                type: "integer",
                nullable: false,
                defaultValue: 0)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<int>(
                name: "FaqArticleId",
                table: "SearchDocuments",
                type: "integer",
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
            Forum.Infrastructure.Persistence.Sql.SearchSql.DeleteFaqDocuments(migrationBuilder);

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
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_SearchDocuments",
                table: "SearchDocuments",
                column: "QuestionId");
        }
    }
}
