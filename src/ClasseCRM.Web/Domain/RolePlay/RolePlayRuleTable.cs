using System.Text.Json;

namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>
/// The rule table of solo role play (seeds/roleplay-rules.json): for each objection type (prix, produit, délai, besoin,
/// concurrence, autre) and each technique, whether the answer moves the objection on (avance), hardens it (durcit) or
/// leaves it (neutre). A type the table does not know reads as « autre »; the file must give every type × technique.
/// </summary>
public sealed class RolePlayRuleTable
{
    public const string OtherType = "autre";

    private static readonly Dictionary<string, ObjectionTechnique> TechniqueKeys = new(StringComparer.Ordinal)
    {
        ["reformulation"] = ObjectionTechnique.Reformulation,
        ["oui-mais"] = ObjectionTechnique.YesBut,
        ["boomerang"] = ObjectionTechnique.Boomerang,
        ["question"] = ObjectionTechnique.Question,
        ["preuve"] = ObjectionTechnique.Proof,
        ["compensation"] = ObjectionTechnique.Compensation,
    };

    private readonly Dictionary<string, Dictionary<ObjectionTechnique, Reaction>> _rules;

    private RolePlayRuleTable(Dictionary<string, Dictionary<ObjectionTechnique, Reaction>> rules) => _rules = rules;

    /// <summary>The objection types of the table, « autre » included.</summary>
    public IReadOnlyCollection<string> Types => _rules.Keys;

    public Reaction For(string objectionType, ObjectionTechnique technique) => _rules[TypeKey(objectionType)][technique];

    /// <summary>The table's key of a grid's type: folded (« Délai » → delai), « autre » when the table has none.</summary>
    public string TypeKey(string objectionType)
    {
        var key = TextFolding.Fold(objectionType);
        return _rules.ContainsKey(key) ? key : OtherType;
    }

    /// <summary>Reads the table; throws <see cref="InvalidDataException"/> naming what is missing or unknown.</summary>
    public static RolePlayRuleTable Parse(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!doc.RootElement.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("roleplay-rules.json : la table « rules » manque.");
        }
        var table = new Dictionary<string, Dictionary<ObjectionTechnique, Reaction>>(StringComparer.Ordinal);
        foreach (var type in rules.EnumerateObject())
        {
            var row = new Dictionary<ObjectionTechnique, Reaction>();
            foreach (var cell in type.Value.EnumerateObject())
            {
                if (!TechniqueKeys.TryGetValue(cell.Name, out var technique))
                {
                    throw new InvalidDataException($"roleplay-rules.json : technique inconnue « {cell.Name} » ({type.Name}).");
                }
                row[technique] = cell.Value.GetString() switch
                {
                    "avance" => Reaction.Advance,
                    "durcit" => Reaction.Harden,
                    "neutre" => Reaction.Neutral,
                    var other => throw new InvalidDataException($"roleplay-rules.json : réaction inconnue « {other} » ({type.Name}, {cell.Name})."),
                };
            }
            if (row.Count != TechniqueKeys.Count)
            {
                throw new InvalidDataException($"roleplay-rules.json : le type « {type.Name} » ne donne pas toutes les techniques.");
            }
            table[TextFolding.Fold(type.Name)] = row;
        }
        if (!table.ContainsKey(OtherType))
        {
            throw new InvalidDataException("roleplay-rules.json : le type « autre » manque.");
        }
        return new RolePlayRuleTable(table);
    }
}
