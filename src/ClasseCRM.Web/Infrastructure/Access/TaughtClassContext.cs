using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Infrastructure.Access;

/// <summary>The class a teacher's page works on, resolved once per request by <see cref="TaughtClassAttribute"/> (tracked: the page may change it).</summary>
public sealed class TaughtClassContext
{
    private SchoolClass? _class;

    public SchoolClass Class => _class ?? throw new InvalidOperationException("Cette action n'a pas d'attribut [TaughtClass] : la classe n'est pas résolue.");

    internal void Resolve(SchoolClass schoolClass) => _class = schoolClass;
}
