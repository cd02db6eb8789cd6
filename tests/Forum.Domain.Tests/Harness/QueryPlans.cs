using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Harness;

/// <summary>SQLite's plans for the commands the forum sent.</summary>
public static class QueryPlans
{
    /// <summary>
    /// The "SCAN" steps of the plans of <paramref name="commands"/> that walk a table or an index from end to end,
    /// rather than a subquery the plan itself built (a CO-ROUTINE or MATERIALIZE step).
    /// </summary>
    public static async Task<List<string>> ScansAsync(DbContext db, IReadOnlyList<SqlCommandRecord> commands)
    {
        var scans = new List<string>();
        foreach (var (text, steps) in await PlansAsync(db, commands))
        {
            var subqueries = steps.Where(s => s.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || s.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
                .Select(s => s.Split(' ')[1]).ToHashSet();
            scans.AddRange(steps.Where(s => s.StartsWith("SCAN ", StringComparison.Ordinal) && !subqueries.Contains(s.Split(' ')[1]))
                .Select(s => $"{s} in: {text}"));
        }
        return scans;
    }

    /// <summary>Each command's text with the steps of its plan (EXPLAIN QUERY PLAN).</summary>
    public static async Task<List<(string Text, List<string> Steps)>> PlansAsync(DbContext db, IReadOnlyList<SqlCommandRecord> commands)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var plans = new List<(string, List<string>)>();
        foreach (var command in commands)
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
            foreach (var (name, value) in command.Parameters)
            {
                var parameter = explain.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                explain.Parameters.Add(parameter);
            }
            var steps = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                    steps.Add(reader.GetString(3));
            plans.Add((command.Text, steps));
        }
        return plans;
    }
}
