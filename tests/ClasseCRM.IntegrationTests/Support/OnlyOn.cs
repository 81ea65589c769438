namespace ClasseCRM.IntegrationTests.Support;

/// <summary>
/// The trait of a test bound to one database provider: <c>./test.sh</c> (SQLite) runs every test but the
/// <see cref="PostgreSql"/> ones, <c>./test.sh --postgres</c> every test but the <see cref="Sqlite"/> ones (a query plan
/// read with EXPLAIN QUERY PLAN, the WAL file, a file backup). Usage: <c>[Trait(OnlyOn.Trait, OnlyOn.Sqlite)]</c>.
/// </summary>
internal static class OnlyOn
{
    public const string Trait = "Database";
    public const string Sqlite = "SqliteOnly";
    public const string PostgreSql = "PostgreSqlOnly";
}
