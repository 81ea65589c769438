using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Operations;

/// <summary>
/// The usual cost lines of an operation (<see cref="CostSuggestions"/>) with the quantities of its own activity: calls
/// logged, letters or e-mails sent, visits planned and the kilometres of its tour × the class's rate per km.
/// </summary>
public sealed class CostSuggestionService(AppDbContext db, Visits.VisitService visits)
{
    public async Task<List<CostSuggestion>> ForAsync(Operation operation, CancellationToken ct)
    {
        var rate = await db.Workspaces.Where(w => w.Id == operation.WorkspaceId).Select(w => w.Class!.KilometreRate).FirstAsync(ct);
        double? km = null;
        int actions;
        switch (operation.Channel)
        {
            case Channel.Phone:
                actions = await db.CallLogs.CountAsync(c => c.OperationId == operation.Id, ct);
                break;
            case Channel.Visit:
                var tour = await visits.TourAsync(operation, ct);
                actions = tour.Days.Sum(d => d.Visits.Count);
                km = tour.Days.Count > 0 && tour.Days.All(d => d.RoundKm is not null) ? tour.Days.Sum(d => d.RoundKm!.Value) : null;
                break;
            default:
                actions = await db.MailingSends.CountAsync(m => m.OperationId == operation.Id, ct);
                break;
        }
        return CostSuggestions.For(operation.Channel, actions, km, rate);
    }
}
