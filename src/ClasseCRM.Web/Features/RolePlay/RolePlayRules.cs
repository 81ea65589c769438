using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Infrastructure.Hosting;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>The rule table of seeds/roleplay-rules.json, read once (a singleton), then kept.</summary>
public sealed class RolePlayRules(StoragePaths paths)
{
    private readonly Lazy<RolePlayRuleTable> _table = new(() => RolePlayRuleTable.Parse(File.ReadAllText(Path.Combine(paths.SeedsDirectory, "roleplay-rules.json"))));

    public RolePlayRuleTable Table => _table.Value;
}
