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
        return new DatabaseSettings(provider, provider == DatabaseProvider.Postgres ? PreparedOnPostgres(connectionString) : connectionString);
    }

    /// <summary>
    /// The statements a node sends again and again are prepared once on each PostgreSQL connection (Npgsql's automatic
    /// preparation), unless the connection string says otherwise. Sent unprepared, PostgreSQL parsed and planned each one
    /// anew: on a first view of a question, about three quarters of the server's time went to parsing and planning three
    /// commands.
    /// </summary>
    public static string PreparedOnPostgres(string connectionString)
    {
        // Npgsql's own builder knows every keyword; the plain one holds only those the string sets.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare"))
            return connectionString;
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = PreparedStatementsPerConnection }.ConnectionString;
    }

    /// <summary>Enough for every statement a page or a use case sends often; Npgsql drops the least used beyond it.</summary>
    public const int PreparedStatementsPerConnection = 200;
}
