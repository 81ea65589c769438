using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// The model is built once per provider, not once per context type: PostgreSQL's has the stored search vector
/// (<see cref="ProspectSearchIndex.VectorColumn"/>) that SQLite's has not, and a process may open both (a test run).
/// </summary>
internal sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
}
