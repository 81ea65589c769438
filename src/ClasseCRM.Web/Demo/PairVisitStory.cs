using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.RolePlay;
using ClasseCRM.Web.Features.Visits;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The demo's visit played in pair (issue 19, item 4): on the first day of her tour, eleve3 played her third visit while
/// eleve4, a classmate, played the prospect from its role card. She went through the visit's phases, proposed the first
/// line of the catalogue at half the maximum discount; eleve4 raised one objection and concluded with an order — the
/// visit's compte rendu written with that conclusion, mode « jeu de rôle », no follow-up date (so no reminder) — then
/// wrote the debrief shown on the compte rendu. Runs after the tours are planned; draws nothing from the random generator.
/// </summary>
public sealed class PairVisitStory(AppDbContext db, VisitService visits)
{
    private static readonly (CallPhase Phase, SkillLevel Level, string Comment)[] Debrief =
    [
        (CallPhase.Discovery, SkillLevel.Acquired, "Questions ouvertes et reformulation : le besoin caché est apparu."),
        (CallPhase.Presentation, SkillLevel.InProgress, "L'offre est présentée, mais sans preuve liée au mobile dominant."),
        (CallPhase.Negotiation, SkillLevel.Acquired, "La remise reste dans la marge de manœuvre et obtient une contrepartie."),
        (CallPhase.Objections, SkillLevel.InProgress, "L'objection prix est reformulée ; la réponse manque d'un chiffre."),
        (CallPhase.Closing, SkillLevel.Mastered, "Conclusion par l'alternative, bon de commande proposé au bon moment."),
    ];

    public async Task SeedAsync(DateTime now, CancellationToken ct)
    {
        var seller = await db.WorkspaceMembers.Where(m => m.Student!.UserName == "eleve3")
            .Select(m => new { m.WorkspaceId, m.StudentId, m.Workspace!.ClassId, m.Workspace.ScenarioId, m.Student!.FirstName, m.Student.LastName }).FirstOrDefaultAsync(ct);
        var partner = seller is null ? null
            : await db.Enrollments.Where(e => e.ClassId == seller.ClassId && e.Student!.UserName == "eleve4").Select(e => new { e.StudentId, e.Student!.FirstName, e.Student.LastName }).FirstOrDefaultAsync(ct);
        var tour = seller is null ? null
            : await db.Operations.Where(o => o.WorkspaceId == seller.WorkspaceId && o.Channel == Domain.Contacting.Channel.Visit).OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
        var visit = tour is null ? null
            : await db.Visits.Include(v => v.Prospect!).ThenInclude(p => p.Contacts).Where(v => v.OperationId == tour.Id && v.ReportedAtUtc == null && v.PlannedOn != null)
                .OrderBy(v => v.PlannedOn).ThenBy(v => v.RouteOrder).FirstOrDefaultAsync(ct);
        var product = seller is null ? null
            : await db.ScenarioProducts.Where(p => p.ScenarioId == seller.ScenarioId && p.PriceExclVat > p.PurchaseCostExclVat).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (seller is null || partner is null || tour is null || visit is null || product is null)
        {
            return;
        }
        var prospect = visit.Prospect!;
        var scenarioMax = await db.Scenarios.Where(s => s.Id == seller.ScenarioId).Select(s => s.MaxDiscountRate).FirstAsync(ct);
        var rate = Math.Round(Math.Min(product.MaxDiscountRate, scenarioMax) / 2, 4, MidpointRounding.AwayFromZero);
        var net = VisitNegotiation.NetPrice(product.PriceExclVat, rate);
        var grid = await db.ScenarioObjections.Where(o => o.ScenarioId == seller.ScenarioId).OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        var card = await db.RoleCards.FirstOrDefaultAsync(c => c.WorkspaceId == seller.WorkspaceId && c.ProspectId == prospect.Id, ct)
            ?? RoleCardGenerator.Generate(new RoleCardFacts(seller.WorkspaceId, prospect.Id, prospect.Kind == ProspectKind.Individual, prospect.CurrentSupplier),
                ScenarioRolePlay.Defaults(seller.ScenarioId), grid, now);
        if (card.Id == 0)
        {
            db.RoleCards.Add(card);
        }

        var day = visit.PlannedOn!.Value;
        var at = DemoCalendar.At(day, 15, 0);
        var contact = prospect.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id).FirstOrDefault();
        var sellerName = $"{seller.FirstName} {seller.LastName}";
        var partnerName = $"{partner.FirstName} {partner.LastName}";
        var raised = card.Objections.Take(1).Select(o => o.Text).ToList();
        var session = new PairSession
        {
            Kind = PairKind.Visit,
            VisitId = visit.Id,
            WorkspaceId = seller.WorkspaceId,
            ClassId = seller.ClassId,
            OperationId = tour.Id,
            ProspectId = prospect.Id,
            ContactId = contact?.Id,
            CallerId = seller.StudentId,
            CallerName = sellerName,
            PartnerId = partner.StudentId,
            PartnerName = partnerName,
            ProspectName = prospect.Name,
            OperationName = tour.Name,
            State = PairState.Finished,
            RaisedObjections = raised,
            VisitResult = VisitResult.Order,
            Amount = Money.Cents(net * 2),
            OfferDesignation = product.Designation,
            OfferDiscountRate = rate,
            OfferNetPrice = net,
            PartnerNotes = "A signé pour deux unités après la remise.",
            CreatedAtUtc = at,
            JoinedAtUtc = at.AddMinutes(1),
            FinishedAtUtc = at.AddMinutes(25),
            DebriefedAtUtc = at.AddMinutes(35),
            Debrief = Debrief.Select(d => new PairDebriefItem { Phase = d.Phase, Level = d.Level, Comment = d.Comment }).ToList(),
        };
        string Clock(int minutes) => PairSessionService.Clock(at.AddMinutes(minutes));
        session.Log($"{Clock(0)} — {sellerName} invite {partnerName} à jouer la visite de {prospect.Name}");
        session.Log($"{Clock(1)} — {partnerName} rejoint la visite et joue le prospect");
        foreach (var (phase, minute) in PairLabels.VisitPhases.Select((p, i) => (p, 3 + (4 * i))))
        {
            session.Tick(phase, Clock(minute));
            if (phase == CallPhase.Negotiation)
            {
                session.Log($"{Clock(minute)} — {sellerName} propose « {product.Designation} » à {Infrastructure.Formatting.French.Money(net)} HT (remise {Infrastructure.Formatting.French.Percent(rate)})");
            }
        }
        session.Log($"{Clock(25)} — {partnerName} note : {Infrastructure.Formatting.French.Plural(raised.Count, "objection soulevée", "objections soulevées")}, « {Labels.Of(VisitResult.Order)} » ({Infrastructure.Formatting.French.Money(session.Amount.Value)} HT)");
        session.Log($"{Clock(35)} — {partnerName} écrit le débrief");
        db.PairSessions.Add(session);
        await db.SaveChangesAsync(ct);

        await visits.SaveReportAsync(tour, visit.Id, new VisitReportViewModel
        {
            VisitedOn = day,
            Interlocutor = contact is null ? prospect.Name : $"{contact.FullName}, {contact.Title}".TrimEnd(',', ' '),
            Needs = card.HiddenNeed,
            Result = VisitResult.Order,
            Amount = session.Amount,
            Strengths = "Découverte menée avec méthode.",
            Expenses = 9.80m,
        }, sellerName, ct, made: v =>
        {
            v.Mode = CallMode.RolePlay;
            v.AuthorId = seller.StudentId;
        });
    }
}
