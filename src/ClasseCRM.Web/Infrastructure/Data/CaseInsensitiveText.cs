using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// A <c>LIKE</c> that ignores case on both providers: SQLite's <c>LIKE</c> already does (ASCII letters), PostgreSQL's is
/// case-sensitive, so it becomes <c>ILIKE</c> there. The pattern stays a parameter (one cached SQL text).
/// </summary>
public static class CaseInsensitiveText
{
    private static readonly Expression<Func<string, string, bool>> SqliteLike = (text, pattern) => EF.Functions.Like(text, pattern);
    private static readonly Expression<Func<string, string, bool>> PostgreSqlLike = (text, pattern) => EF.Functions.ILike(text, pattern);

    public static IQueryable<T> WhereLikeIgnoringCase<T>(this IQueryable<T> query, DatabaseFacade database, Expression<Func<T, string>> column, string pattern)
    {
        var like = database.IsNpgsql() ? PostgreSqlLike : SqliteLike;
        Expression<Func<string>> parameter = () => pattern;
        var body = ReplacingExpressionVisitor.Replace(like.Parameters[0], column.Body, like.Body);
        body = ReplacingExpressionVisitor.Replace(like.Parameters[1], parameter.Body, body);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, column.Parameters));
    }
}
