using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.Benchmarks;

/// <summary>
/// Logs a student's activity over the last 90 days: a phoning operation of the school year with its targets and costs,
/// the calls (each with its timeline line, as the app writes them) and the orders they led to (about one call in 20).
/// </summary>
internal static class ActivityGenerator
{
    private static readonly CallOutcome[] Outcomes =
    [
        CallOutcome.NoAnswer, CallOutcome.NoAnswer, CallOutcome.Gatekeeper, CallOutcome.DecisionMakerAbsent, CallOutcome.WrongNumber,
        CallOutcome.RefusedBeforePitch, CallOutcome.PitchedNoFollowUp, CallOutcome.PitchedNoFollowUp, CallOutcome.AppointmentMade, CallOutcome.Order,
    ];

    /// <summary>Adds <paramref name="calls"/> logged calls to the workspace; returns the id of the operation.</summary>
    public static async Task<int> AddAsync(IServiceProvider services, int workspaceId, int calls, int seed)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(seed);
        var prospects = await db.Prospects.Where(p => p.WorkspaceId == workspaceId).OrderBy(p => p.Id).Select(p => p.Id).Take(2000).ToListAsync();
        var operation = new Operation
        {
            WorkspaceId = workspaceId,
            Name = "Phoning de l'année (banc d'essai)",
            Channel = Channel.Phone,
            StartDate = DateOnly.FromDateTime(now.AddDays(-90)),
            EndDate = DateOnly.FromDateTime(now.AddDays(30)),
            Goal = "Obtenir des rendez-vous",
            ObjectiveContacts = calls / 3,
            ObjectiveAppointments = calls / 10,
            ObjectiveOrders = calls / 20,
            ObjectiveRevenue = calls * 50,
            TargetCriteria = "tout le fichier",
            CreatedAtUtc = now.AddDays(-90),
        };
        db.Operations.Add(operation);
        await db.SaveChangesAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.OperationTargets.AddRange(prospects.Select((p, i) => new OperationTarget { WorkspaceId = workspaceId, OperationId = operation.Id, ProspectId = p, Position = i }));
        db.OperationCosts.Add(new OperationCost { WorkspaceId = workspaceId, OperationId = operation.Id, Label = "Communications", IsVariable = true, Quantity = calls, UnitCost = 0.15m });

        var order = 0;
        for (var i = 0; i < calls; i++)
        {
            var prospect = prospects[random.Next(prospects.Count)];
            var at = now.AddMinutes(-random.Next(90 * 24 * 60));
            var outcome = Outcomes[random.Next(Outcomes.Length)];
            db.CallLogs.Add(new CallLog { WorkspaceId = workspaceId, OperationId = operation.Id, ProspectId = prospect, Outcome = outcome, CalledAtUtc = at });
            db.ProspectNotes.Add(ProspectNote.Event(workspaceId, prospect, $"Appel : {outcome}", "Élève", at));
            if (outcome == CallOutcome.Order)
            {
                order++;
                var net = 200m + random.Next(5000);
                db.Orders.Add(new Order
                {
                    WorkspaceId = workspaceId,
                    ProspectId = prospect,
                    OperationId = operation.Id,
                    OrderNumber = $"BC-{at.Year}-{seed:D4}{order:D5}",
                    Status = OrderStatus.Confirmed,
                    CreatedAtUtc = at,
                    OrderDate = DateOnly.FromDateTime(at),
                    NetExclVat = net,
                    VatTotal = Math.Round(net * 0.2m, 2),
                    TotalInclVat = Math.Round(net * 1.2m, 2),
                    CostTotal = Math.Round(net * 0.6m, 2),
                    Margin = Math.Round(net * 0.4m, 2),
                    PaymentTermDays = 30,
                    Lines = [new OrderLine { WorkspaceId = workspaceId, Reference = "BANC", Designation = "Article du banc d'essai", Unit = "u", Quantity = 1, UnitPriceExclVat = net, VatRate = 0.2m, UnitCostExclVat = Math.Round(net * 0.6m, 2), CataloguePrice = net }],
                });
            }
            if (i % 2000 == 1999)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        return operation.Id;
    }
}
