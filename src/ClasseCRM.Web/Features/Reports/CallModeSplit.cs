using ClasseCRM.Web.Domain.Figures;

namespace ClasseCRM.Web.Features.Reports;

/// <summary>
/// Declared versus played figures of a workspace (issue 19, item 5): the calls whose outcome the pupil declared, the calls
/// played (jeu de rôle or simulateur), and the RDV each kind brought; the played share is appels joués ÷ appels émis.
/// Visits too (item 4): the visits made whose result was declared in the compte rendu, and those played in pair.
/// </summary>
public sealed record CallModeSplit(int DeclaredCalls, int DeclaredAppointments, int PlayedCalls, int PlayedAppointments)
{
    public int DeclaredVisits { get; init; }
    public int PlayedVisits { get; init; }

    public Ratio PlayedShare => new("Part des appels joués", "appels joués ÷ appels émis", PlayedCalls, DeclaredCalls + PlayedCalls);
}
