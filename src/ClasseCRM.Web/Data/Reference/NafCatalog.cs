namespace ClasseCRM.Web.Data.Reference;

/// <summary>The NAF rév. 2 nomenclature shipped in seeds/naf.json: 21 sections (A–U) and their sub-classes (NN.NNL).</summary>
public sealed class NafCatalog(IReadOnlyList<NafSection> sections, IReadOnlyList<NafClass> classes)
{
    private readonly Dictionary<string, NafClass> _byCode = classes.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public IReadOnlyList<NafSection> Sections { get; } = sections;

    public IReadOnlyList<NafClass> Classes { get; } = classes;

    public NafClass? Find(string? code) => code is not null && _byCode.TryGetValue(code.Trim().ToUpperInvariant(), out var c) ? c : null;
}

public sealed record NafSection(string Code, string Label, string Divisions);

public sealed record NafClass(string Code, string Label, string Section);

/// <summary>The shape of seeds/naf.json.</summary>
public sealed record NafSeed(string Source, List<NafSection> Sections, List<NafClass> Classes);
