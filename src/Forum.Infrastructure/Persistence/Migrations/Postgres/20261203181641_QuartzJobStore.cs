using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forum.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// The tables of Quartz.NET's clustered job store, which runs the background jobs (docs/decisions/0013). Written by
    /// hand, as raw SQL from the schema script Quartz.NET ships: the EF model does not map these tables, so the model and
    /// its snapshot do not change.
    /// </summary>
    public partial class QuartzJobStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Forum.Infrastructure.Persistence.Sql.QuartzSql.CreatePostgres(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Forum.Infrastructure.Persistence.Sql.QuartzSql.Drop(migrationBuilder);
        }
    }
}
