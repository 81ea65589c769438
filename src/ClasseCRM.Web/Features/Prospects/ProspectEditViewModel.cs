namespace ClasseCRM.Web.Features.Prospects;

/// <summary>The create/edit form: the typed fields, plus the duplicates found and whether the student confirmed.</summary>
public sealed class ProspectEditViewModel : ProspectInput
{
    public int? Id { get; set; }

    /// <summary>The student saw the duplicate warning and chose to save anyway.</summary>
    public bool ConfirmDuplicate { get; set; }

    public List<DuplicateMatch> Duplicates { get; set; } = [];
}

/// <summary>An existing prospect that looks like the one being saved, and why.</summary>
public sealed record DuplicateMatch(int Id, string Name, string Reason);
