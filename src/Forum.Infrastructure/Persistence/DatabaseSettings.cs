using Microsoft.Extensions.Configuration;

namespace Forum.Infrastructure.Persistence;

public enum DatabaseProvider { Sqlite, Postgres, SqlServer }

/// <summary><c>Database:Provider</c> and <c>ConnectionStrings:Forum</c>; SQLite defaults to data/forum.db under the content root.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider))
            throw new InvalidOperationException($"Database:Provider '{providerName}' is not one of Sqlite, Postgres, SqlServer.");
        var connectionString = configuration.GetConnectionString("Forum");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException($"Set ConnectionStrings:Forum for the {provider} database.");
            connectionString = $"Data Source={Path.Combine(contentRoot, "data", "forum.db")}";
        }
        return new DatabaseSettings(provider, connectionString);
    }
}
