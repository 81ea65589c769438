using Microsoft.EntityFrameworkCore.Migrations;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// The part of the PostgreSQL schema the model cannot describe, written by hand and called by the PostgreSQL initial
/// migration (kept apart so that regenerating that migration keeps it: add the calls back). The same two search
/// structures as <see cref="SqliteSearchSchema"/>, over the same <c>Prospects.SearchText</c> (already folded in C#):
/// <list type="bullet">
/// <item>a GIN index of the <c>tsvector</c> of each fiche's search text (configuration <c>simple</c>: no stemming, no stop
/// words, as FTS5's unicode61). The text is cut as FTS5 cuts it: every run of signs is a separator (PostgreSQL's parser
/// would otherwise keep « accueil@scierie-moal.bzh » or « 12.5 » whole), after <c>unaccent</c> and <c>lower</c>, which
/// change nothing to a folded text but fold one written by SQL. Since the migration StoredSearchVector, the vector is a
/// stored generated column (<see cref="ProspectSearchIndex.VectorColumn"/>, in PostgreSQL's model) and the GIN index
/// is on it: a search that walks a student's file tests each fiche's stored vector instead of computing it again;</item>
/// <item>the vocabulary <c>SearchWords</c> of each workspace for « Vouliez-vous dire … ? » (<see cref="SearchWordRow"/>),
/// filled by a plpgsql trigger with the words SQLite's triggers keep (the same signs become spaces; three letters or
/// more, a–z only), only added. A trigger rather than the app: every write of a search text reaches it (an import, an
/// <c>ExecuteUpdate</c>, the search refresh at start, another app instance), as on SQLite. Its words are in the
/// <c>"C"</c> collation, so that the ranges of <see cref="ProspectVocabulary"/> read the primary key in code-point order
/// whatever the database's locale, and a trigram GIN index (<c>pg_trgm</c>, with <c>btree_gin</c> for the workspace)
/// serves the suggestions whose first letter is the mistyped one.</item>
/// </list>
/// The extensions are « trusted » (PostgreSQL 13+): the database's owner creates them without being a superuser. Names
/// are schema-qualified in the functions that an index calls, as a restore by <c>pg_restore</c> runs them with an empty
/// search path.
/// </summary>
public static class PostgreSqlSearchSchema
{
    /// <summary>The expression of the stored vector column, from the fiche's search text.</summary>
    public const string VectorOfSearchText = "public.\"ProspectSearchVector\"(\"SearchText\")";

    /// <summary>The GIN index of the vector: on the expression (initial migration), then on the stored column.</summary>
    public const string VectorIndex = "IX_Prospects_SearchVector";

    /// <summary>
    /// Migration StoredSearchVector, before the model's column and index are added: the expression index and the match
    /// function the queries used are dropped (the column's index takes the same name).
    /// </summary>
    public static void DropComputedVector(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"DROP INDEX IF EXISTS \"{VectorIndex}\";");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS public.\"ProspectSearchMatches\"(text, text);");
    }

    /// <summary>The way back (Down of StoredSearchVector), after the column and its index are dropped.</summary>
    public static void RestoreComputedVector(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(MatchFunction);
        migrationBuilder.Sql(ExpressionIndex);
    }

    private const string MatchFunction = """
        CREATE FUNCTION public."ProspectSearchMatches"(text, text) RETURNS boolean
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT public."ProspectSearchVector"($1) @@ pg_catalog.to_tsquery('pg_catalog.simple'::pg_catalog.regconfig, $2) $$;
        """;

    private const string ExpressionIndex = "CREATE INDEX \"IX_Prospects_SearchVector\" ON \"Prospects\" USING GIN (public.\"ProspectSearchVector\"(\"SearchText\"));";

    /// <summary>The signs that separate words in the vocabulary (the same as SQLite's triggers).</summary>
    private const string Signs = "\"\\.@-''’,&/()_";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS \"unaccent\" WITH SCHEMA public;");
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS \"pg_trgm\" WITH SCHEMA public;");
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS \"btree_gin\" WITH SCHEMA public;");

        // The words of a search text as a tsvector (immutable for the index: the unaccent dictionary is named, not searched).
        migrationBuilder.Sql("""
            CREATE FUNCTION public."ProspectSearchVector"(text) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT pg_catalog.to_tsvector('pg_catalog.simple'::pg_catalog.regconfig, pg_catalog.regexp_replace(pg_catalog.lower(public.unaccent('public.unaccent'::pg_catalog.regdictionary, $1)), '[^[:alnum:]]+', ' ', 'g')) $$;
            """);
        // Whether a search text holds the tsquery's words (inlined by the planner: the index expression appears in the query).
        migrationBuilder.Sql(MatchFunction);
        migrationBuilder.Sql(ExpressionIndex);

        migrationBuilder.Sql("CREATE TABLE \"SearchWords\" (\"WorkspaceId\" integer NOT NULL, \"Word\" text COLLATE \"C\" NOT NULL, CONSTRAINT \"PK_SearchWords\" PRIMARY KEY (\"WorkspaceId\", \"Word\"));");
        migrationBuilder.Sql("CREATE INDEX \"IX_SearchWords_Trigrams\" ON \"SearchWords\" USING GIN (\"WorkspaceId\", \"Word\" public.gin_trgm_ops);");
        // The words in order: two writers adding the same words wait for each other in the same order (no deadlock).
        migrationBuilder.Sql($$"""
            CREATE FUNCTION "Prospects_AddSearchWords"() RETURNS trigger
            LANGUAGE plpgsql
            AS $$
            BEGIN
                INSERT INTO "SearchWords" ("WorkspaceId", "Word")
                SELECT DISTINCT NEW."WorkspaceId", w
                FROM regexp_split_to_table(translate(NEW."SearchText", '{{Signs}}', '{{new string(' ', Signs.Replace("''", "'").Length)}}'), ' ') AS w
                WHERE length(w) >= 3 AND w ~ '^[a-z]+$'
                ORDER BY 2
                ON CONFLICT DO NOTHING;
                RETURN NULL;
            END;
            $$;
            """);
        migrationBuilder.Sql("CREATE TRIGGER \"Prospects_WordsInsert\" AFTER INSERT ON \"Prospects\" FOR EACH ROW EXECUTE FUNCTION \"Prospects_AddSearchWords\"();");
        migrationBuilder.Sql("CREATE TRIGGER \"Prospects_WordsUpdate\" AFTER UPDATE OF \"SearchText\" ON \"Prospects\" FOR EACH ROW WHEN (NEW.\"SearchText\" IS DISTINCT FROM OLD.\"SearchText\") EXECUTE FUNCTION \"Prospects_AddSearchWords\"();");
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_WordsUpdate\" ON \"Prospects\";");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Prospects_WordsInsert\" ON \"Prospects\";");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS \"Prospects_AddSearchWords\"();");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchWords\";");
        migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Prospects_SearchVector\";");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS public.\"ProspectSearchMatches\"(text, text);");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS public.\"ProspectSearchVector\"(text);");
    }
}
