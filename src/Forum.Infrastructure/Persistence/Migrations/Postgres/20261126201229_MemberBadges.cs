using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MemberBadges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemberBadges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Badge = table.Column<int>(type: "integer", nullable: false),
                    AwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberBadges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberBadges_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReputationEvents_CreatedAt_MemberId",
                table: "ReputationEvents",
                columns: new[] { "CreatedAt", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_Reputation",
                table: "Members",
                column: "Reputation");

            migrationBuilder.CreateIndex(
                name: "IX_MemberBadges_Badge_MemberId",
                table: "MemberBadges",
                columns: new[] { "Badge", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberBadges_MemberId_Badge",
                table: "MemberBadges",
                columns: new[] { "MemberId", "Badge" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberBadges");

            migrationBuilder.DropIndex(
                name: "IX_ReputationEvents_CreatedAt_MemberId",
                table: "ReputationEvents");

            migrationBuilder.DropIndex(
                name: "IX_Members_Reputation",
                table: "Members");
        }
    }
}
