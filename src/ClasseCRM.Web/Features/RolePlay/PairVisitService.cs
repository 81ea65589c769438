using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.Visits;
using ClasseCRM.Web.Infrastructure.Access;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>
/// Visit role play in pair (issue 19, item 4): from a visit of their field operation that has no compte rendu yet, a
/// student (the seller) invites a classmate of their class or the teacher to play the prospect from the fiche's role card
/// — the same <see cref="PairSession"/> as a call, kind « visite ». The seller ticks the visit's phases (découverte,
/// présentation, négociation, objections, conclusion) and proposes a price within the marge de manœuvre; the partner
/// records the conclusion (commande, devis, RDV de suivi, refus), which becomes the visit's compte rendu, mode « jeu de
/// rôle »; then the partner writes the debrief (<see cref="PairResultService.DebriefAsync"/>), shown on the compte rendu.
/// </summary>
public sealed class PairVisitService(AppDbContext db, AccessScope scope, PairSessionService pairs, RoleCardService cards, VisitService visits, TimeProvider clock)
{
    public const string AlreadyReportedMessage = "Cette visite a déjà son compte rendu : jouez une visite qui n'a pas encore eu lieu.";

    /// <summary>
    /// Invites a partner to play a visit: the visit must belong to the operation and have no compte rendu, no other session
    /// may be pending for it, the partner must be one of <see cref="PairSessionService.PartnersAsync"/>. The fiche's role
    /// card is drawn if missing.
    /// </summary>
    public async Task<(Outcome Outcome, PairSession? Session)> InviteAsync(Operation operation, int visitId, PairInviteInput m, string callerName, CancellationToken ct)
    {
        var visit = await db.Visits.AsNoTracking().Include(v => v.Prospect).FirstOrDefaultAsync(v => v.Id == visitId && v.OperationId == operation.Id, ct);
        if (visit is null)
        {
            return (Outcome.NotFound, null);
        }
        var partner = (await pairs.PartnersAsync(operation.WorkspaceId, ct)).Find(p => p.UserId == m.PartnerId);
        if (partner is null)
        {
            return (Outcome.Refused(PairSessionService.NotAPartnerMessage, "PartnerId"), null);
        }
        if (visit.IsReported)
        {
            return (Outcome.Refused(AlreadyReportedMessage, "PartnerId"), null);
        }
        if (await db.PairSessions.AnyAsync(s => s.VisitId == visit.Id && (s.State == PairState.Invited || s.State == PairState.Open), ct))
        {
            return (Outcome.Refused("Un jeu de rôle est déjà en cours pour cette visite : terminez-le ou annulez l'invitation.", "PartnerId"), null);
        }
        if (m.ContactId is { } cid && !await db.Contacts.AnyAsync(c => c.Id == cid && c.ProspectId == visit.ProspectId, ct))
        {
            return (Outcome.Refused("Cet interlocuteur n'est pas un contact de ce prospect : l'invitation n'est pas envoyée.", "PartnerId"), null);
        }
        await cards.EnsureAsync(operation.WorkspaceId, [visit.ProspectId], ct);
        var session = await pairs.AddInvitationAsync(operation, visit.Prospect!, m.ContactId, partner, callerName, PairKind.Visit, visit.Id, ct);
        return (Outcome.Done, session);
    }

    /// <summary>The scenario's catalogue for the négociation form, each line with its maximum discount (the product's and the scenario's, the lower).</summary>
    public async Task<List<PairOffer>> CatalogueAsync(PairSession s, CancellationToken ct)
    {
        var scenario = await db.Workspaces.Where(w => w.Id == s.WorkspaceId).Select(w => new { w.ScenarioId, w.Scenario!.MaxDiscountRate }).FirstAsync(ct);
        var products = await db.ScenarioProducts.AsNoTracking().Where(p => p.ScenarioId == scenario.ScenarioId)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);
        return products.Select(p => new PairOffer(p.Id, p.Designation, p.PriceExclVat, Math.Min(p.MaxDiscountRate, scenario.MaxDiscountRate))).ToList();
    }

    /// <summary>
    /// The seller proposes a price while the visit is played: a catalogue line and a discount, refused in French when the
    /// net price falls under the prix plancher or the purchase cost (<see cref="VisitNegotiation"/>). An accepted proposal
    /// replaces the previous one, ticks the négociation phase, and the partner sees it.
    /// </summary>
    public async Task<Outcome> OfferAsync(PairSession s, PairOfferInput m, CancellationToken ct)
    {
        if (pairs.RoleIn(s) != PairRole.Caller || !s.IsVisit || !scope.CanWrite(s.WorkspaceId))
        {
            return Outcome.NotFound;
        }
        if (s.State != PairState.Open)
        {
            return Outcome.Refused(s.State == PairState.Invited ? $"{s.PartnerName} n'a pas encore rejoint la visite." : "Cette visite est terminée.", "DiscountPercent");
        }
        var scenario = await db.Workspaces.Where(w => w.Id == s.WorkspaceId).Select(w => new { w.ScenarioId, w.Scenario!.MaxDiscountRate }).FirstAsync(ct);
        var product = await db.ScenarioProducts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == m.ProductId && p.ScenarioId == scenario.ScenarioId, ct);
        if (product is null)
        {
            return Outcome.Refused("Choisissez un produit ou un service du catalogue du scénario.", "ProductId");
        }
        var rate = Math.Round(m.DiscountPercent!.Value / 100m, 6, MidpointRounding.AwayFromZero);
        var max = Math.Min(product.MaxDiscountRate, scenario.MaxDiscountRate);
        if (VisitNegotiation.Refusal(product.Designation, product.PriceExclVat, product.PurchaseCostExclVat, max, rate) is { } refusal)
        {
            return Outcome.Refused(refusal, "DiscountPercent");
        }
        var now = PairSessionService.Clock(clock.GetUtcNow().UtcDateTime);
        s.OfferDesignation = product.Designation;
        s.OfferDiscountRate = rate;
        s.OfferNetPrice = VisitNegotiation.NetPrice(product.PriceExclVat, rate);
        s.Tick(CallPhase.Negotiation, now);
        s.Log($"{now} — {s.CallerName} propose « {product.Designation} » à {French.Money(s.OfferNetPrice.Value)} HT (remise {French.Percent(rate)})");
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }

    /// <summary>
    /// The partner records how the visit ended; the visit's compte rendu is written with that conclusion (date of today,
    /// interlocutor, amount, dated next step), mode « jeu de rôle », authored by the seller, through the visit's own rules
    /// (<see cref="VisitService.Check"/>: an order or quote has its amount, a quote or a RDV its date; timeline, status,
    /// follow-up reminder). A refusal saves nothing; the card closes for the partner.
    /// </summary>
    public async Task<Outcome> RecordAsync(PairSession s, PairVisitResultInput m, CancellationToken ct)
    {
        if (pairs.RoleIn(s) != PairRole.Partner || !s.IsVisit || s.VisitId is not { } visitId)
        {
            return Outcome.NotFound;
        }
        if (s.State != PairState.Open)
        {
            return Outcome.Refused(s.IsFinished ? "Vous avez déjà noté la conclusion de cette visite." : "Rejoignez d'abord la visite.");
        }
        // The partner writes the compte rendu in the seller's workspace: for this request, they read and write there.
        scope.AllowPairPartner(s.WorkspaceId);
        var visit = await db.Visits.AsNoTracking().FirstAsync(v => v.Id == visitId, ct);
        if (visit.IsReported)
        {
            return Outcome.Refused("Le compte rendu de cette visite a été écrit entre-temps : la conclusion jouée ne peut plus y être portée.");
        }
        var card = await db.RoleCards.AsNoTracking().FirstOrDefaultAsync(c => c.WorkspaceId == s.WorkspaceId && c.ProspectId == s.ProspectId, ct);
        var raised = m.Objections.Where(o => !string.IsNullOrWhiteSpace(o)).Distinct().ToList();
        if (raised.Any(o => card?.Objections.All(c => c.Text != o) != false))
        {
            return Outcome.Refused("Choisissez les objections soulevées parmi celles de la carte de rôle.", "Objections");
        }
        var today = DateOnly.FromDateTime(French.ToParis(clock.GetUtcNow().UtcDateTime));
        var contact = s.ContactId is { } cid ? await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        var notes = string.IsNullOrWhiteSpace(m.Notes) ? null : m.Notes.Trim();
        var report = new VisitReportViewModel
        {
            VisitedOn = today,
            Interlocutor = contact is null ? s.ProspectName : $"{contact.FullName}, {contact.Title}".TrimEnd(',', ' '),
            Needs = visit.Needs,
            Result = m.Result,
            Amount = m.Amount,
            Gap = visit.Gap,
            GapCause = visit.GapCause,
            Strengths = visit.Strengths,
            Weaknesses = visit.Weaknesses,
            NextSteps = string.IsNullOrWhiteSpace(m.NextSteps) ? (m.NextStepOn is null ? null : Labels.Of(m.Result!.Value)) : m.NextSteps.Trim(),
            NextStepOn = m.NextStepOn,
            Expenses = visit.Expenses,
        };
        if (VisitService.Check(report).FirstOrDefault() is { Message: not null } wrong)
        {
            return Outcome.Refused(wrong.Message, wrong.Field);
        }
        report.Interlocutor = report.Interlocutor[..Math.Min(200, report.Interlocutor.Length)];
        var now = clock.GetUtcNow().UtcDateTime;
        s.RaisedObjections = raised;
        s.VisitResult = m.Result;
        s.Amount = m.Amount is { } a ? Money.Cents(a) : null;
        s.PartnerNotes = notes;
        s.State = PairState.Finished;
        s.FinishedAtUtc = now;
        s.Log($"{PairSessionService.Clock(now)} — {s.PartnerName} note : "
            + (raised.Count > 0 ? French.Plural(raised.Count, "objection soulevée", "objections soulevées") : "aucune objection")
            + $", « {Labels.Of(m.Result!.Value)} »" + (s.Amount is { } amount ? $" ({French.Money(amount)} HT)" : ""));
        var operation = await db.Operations.AsNoTracking().FirstAsync(o => o.Id == s.OperationId, ct);
        await visits.SaveReportAsync(operation, visitId, report, s.CallerName, ct, made: v =>
        {
            // The visit is the seller's, in the seller's workspace, even though the partner saves it.
            v.Mode = CallMode.RolePlay;
            v.AuthorId = s.CallerId;
        });
        return Outcome.Done;
    }
}
