using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>On PostgreSQL the statements a node sends again and again are prepared once per connection, not parsed and planned each time.</summary>
public sealed class PreparedStatementsTests
{
    [Fact]
    public async Task A_statement_sent_again_and_again_is_prepared_on_its_postgresql_connection()
    {
        await using var db = TestDatabases.Postgres(Settings(TestDatabases.PostgresServer()).ConnectionString);
        await db.Database.OpenConnectionAsync();

        for (var i = 0; i < 10; i++)
            Assert.Equal(42, await db.Database.SqlQueryRaw<int>("""SELECT 41 + 1 AS "Value" """).SingleAsync());

        var prepared = await db.Database.SqlQueryRaw<string>("""SELECT statement AS "Value" FROM pg_prepared_statements""").ToListAsync();
        Assert.Contains(prepared, statement => statement.Contains("41 + 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_connection_string_that_sets_its_own_preparation_keeps_it()
    {
        var settings = Settings("Host=db.example;Database=forum;Max Auto Prepare=0");

        Assert.Equal(0, new NpgsqlConnectionStringBuilder(settings.ConnectionString).MaxAutoPrepare);
    }

    private static DatabaseSettings Settings(string connectionString) => DatabaseSettings.From(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Forum"] = connectionString,
        }).Build(), AppContext.BaseDirectory);
}
