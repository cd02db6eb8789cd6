using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeletedById",
                table: "Questions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeletedReason",
                table: "Questions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DuplicateOfQuestionId",
                table: "Questions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HiddenAt",
                table: "Questions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenById",
                table: "Questions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "Questions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsHeld",
                table: "Questions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SuspensionReason",
                table: "Members",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeletedById",
                table: "Answers",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeletedReason",
                table: "Answers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HiddenAt",
                table: "Answers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenById",
                table: "Answers",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "Answers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsHeld",
                table: "Answers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Flags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReporterId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PostType = table.Column<int>(type: "INTEGER", nullable: false),
                    PostId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DuplicateOfQuestionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HandledById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Flags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Flags_Members_ReporterId",
                        column: x => x.ReporterId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ModerationActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ModeratorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    PostType = table.Column<int>(type: "INTEGER", nullable: true),
                    PostId = table.Column<int>(type: "INTEGER", nullable: true),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: true),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModerationActions_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ModerationActions_Members_ModeratorId",
                        column: x => x.ModeratorId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_DuplicateOfQuestionId",
                table: "Questions",
                column: "DuplicateOfQuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_IsHeld",
                table: "Questions",
                column: "IsHeld");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_IsHeld",
                table: "Answers",
                column: "IsHeld");

            migrationBuilder.CreateIndex(
                name: "IX_Flags_PostType_PostId_Status",
                table: "Flags",
                columns: new[] { "PostType", "PostId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Flags_ReporterId_CreatedAt",
                table: "Flags",
                columns: new[] { "ReporterId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Flags_ReporterId_PostType_PostId",
                table: "Flags",
                columns: new[] { "ReporterId", "PostType", "PostId" },
                unique: true,
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Flags_Status_CreatedAt",
                table: "Flags",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ModerationActions_Action_CreatedAt",
                table: "ModerationActions",
                columns: new[] { "Action", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ModerationActions_MemberId_CreatedAt",
                table: "ModerationActions",
                columns: new[] { "MemberId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ModerationActions_ModeratorId_CreatedAt",
                table: "ModerationActions",
                columns: new[] { "ModeratorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ModerationActions_PostType_PostId",
                table: "ModerationActions",
                columns: new[] { "PostType", "PostId" });

            migrationBuilder.CreateIndex(
                name: "IX_ModerationActions_QuestionId",
                table: "ModerationActions",
                column: "QuestionId");

            migrationBuilder.AddForeignKey(
                name: "FK_Questions_Questions_DuplicateOfQuestionId",
                table: "Questions",
                column: "DuplicateOfQuestionId",
                principalTable: "Questions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Questions_Questions_DuplicateOfQuestionId",
                table: "Questions");

            migrationBuilder.DropTable(
                name: "Flags");

            migrationBuilder.DropTable(
                name: "ModerationActions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_DuplicateOfQuestionId",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_IsHeld",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Answers_IsHeld",
                table: "Answers");

            migrationBuilder.DropColumn(
                name: "DeletedById",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "DeletedReason",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "DuplicateOfQuestionId",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "HiddenAt",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "HiddenById",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "IsHeld",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "SuspensionReason",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "DeletedById",
                table: "Answers");

            migrationBuilder.DropColumn(
                name: "DeletedReason",
                table: "Answers");

            migrationBuilder.DropColumn(
                name: "HiddenAt",
                table: "Answers");

            migrationBuilder.DropColumn(
                name: "HiddenById",
                table: "Answers");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "Answers");

            migrationBuilder.DropColumn(
                name: "IsHeld",
                table: "Answers");
        }
    }
}
