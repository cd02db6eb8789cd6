using Microsoft.EntityFrameworkCore.Design;

namespace Forum.Infrastructure.Persistence;

// Used only by `dotnet ef migrations add`, which needs a context per provider without a running forum.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteForumDbContext>
{
    public SqliteForumDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteForumDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresForumDbContext>
{
    public PostgresForumDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresForumDbContext>().UseNpgsql("Host=localhost;Database=forum_design").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerForumDbContext>
{
    public SqlServerForumDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerForumDbContext>().UseSqlServer("Server=localhost;Database=forum_design;TrustServerCertificate=True").Options);
}
