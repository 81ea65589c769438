using System.Globalization;
using System.Net;
using ClasseCRM.IntegrationTests.Support;
using ClasseCRM.Web.Domain.Figures;
using ClasseCRM.Web.Domain.RolePlay;
using ClasseCRM.Web.Features.Operations;
using ClasseCRM.Web.Features.RolePlay;
using ClasseCRM.Web.Infrastructure.Formatting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClasseCRM.IntegrationTests.Features.RolePlay;

/// <summary>
/// Solo role play through HTTP, as a pupil plays it: ring from the phoning page, answer each objection with a technique
/// and a sentence, the call logged (mode « simulateur ») with its transcript; the class's profile decides the ring; an
/// operation with « appels joués uniquement » refuses a declared outcome; nobody outside the class reads an exchange.
/// </summary>
public sealed class SoloExchangeTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Pupil = "eleve15";

    private async Task<int> ClassIdAsync() =>
        await app.WithDbAsync(async db => await db.Workspaces.Where(w => w.Id == db.WorkspaceMembers.Where(m => m.Student!.UserName == Pupil).Select(m => m.WorkspaceId).First()).Select(w => w.ClassId).FirstAsync());

    private async Task SetProfileAsync(int wrong, int none, int gate, int absent, int reached)
    {
        var teacher = await app.AsAsync("prof.durand");
        var classId = await ClassIdAsync();
        var response = await teacher.PostFormAsync($"/jeu-de-role/classes/{classId}/profil", new()
        {
            ["WrongNumber"] = $"{wrong}",
            ["NoAnswer"] = $"{none}",
            ["Gatekeeper"] = $"{gate}",
            ["DecisionMakerAbsent"] = $"{absent}",
            ["DecisionMakerReached"] = $"{reached}",
        });
        response.AssertRedirectsTo($"/jeu-de-role/classes/{classId}/profil");
    }


    private static async Task<int> ShownAsync(HttpClient client, int op)
    {
        var page = await client.GetDocumentAsync($"/operations/{op}/phoning");
        return int.Parse(page.QuerySelector("#simulateur input[name=prospect]")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
    }

    /// <summary>Rings the prospect shown with the simulator; returns the exchange's id.</summary>
    private static async Task<int> RingAsync(HttpClient client, int op, int prospect)
    {
        var response = await client.PostFormAsync($"/jeu-de-role/operations/{op}/simulateur", new() { ["prospect"] = $"{prospect}" }, $"/operations/{op}/phoning");
        response.AssertRedirectsTo("/jeu-de-role/echanges/");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private Task<RolePlaySession> SessionAsync(int id) => app.WithDbAsync(db => db.RolePlaySessions.AsNoTracking().FirstAsync(s => s.Id == id));

    /// <summary>Answers until the exchange ends, each time with the first technique that gives <paramref name="wanted"/> (or any other when none does).</summary>
    private async Task<(RolePlaySession Session, int Answers)> PlayAsync(HttpClient client, int id, Func<Reaction, bool> wanted)
    {
        var table = app.Services.GetRequiredService<RolePlayRules>().Table;
        var answers = 0;
        for (var session = await SessionAsync(id); !session.IsFinished; session = await SessionAsync(id))
        {
            var type = session.Objections[session.Index].Type;
            var technique = RolePlayLabels.Techniques.First(t => wanted(table.For(type, t)));
            var response = await client.PostFormAsync($"/jeu-de-role/echanges/{id}", new() { ["Technique"] = $"{technique}", ["Sentence"] = $"Réponse {++answers} : je comprends votre point de vue." });
            response.AssertRedirectsTo($"/jeu-de-role/echanges/{id}");
            Assert.True(answers < 20, "L'échange ne se termine pas.");
        }
        return (await SessionAsync(id), answers);
    }

    [Fact]
    public async Task Exchange_FromFirstRingToRdv_LogsASimulatedCallWithItsTranscript()
    {
        await SetProfileAsync(0, 0, 0, 0, 100);
        var client = await app.AsAsync(Pupil);
        var op = await client.PlanPhoningAsync("Phoning joué jusqu'au RDV");
        var prospect = await ShownAsync(client, op);
        var id = await RingAsync(client, op, prospect);

        var started = await SessionAsync(id);
        Assert.Equal((ReachDraw.DecisionMakerReached, false), (started.Reach, started.IsFinished));
        var card = await app.WithDbAsync(db => db.RoleCards.AsNoTracking().FirstAsync(c => c.ProspectId == prospect));
        Assert.Equal(card.Objections.Select(o => (o.Text, o.Firmness)), started.Objections.Select(o => (o.Text, o.Firmness)));
        var first = await client.GetDocumentAsync($"/jeu-de-role/echanges/{id}");
        Assert.Contains(card.Objections[0].Text.TrimEnd('.', '?', '!'), first.QuerySelector("#objection-courante")!.TextContent, StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("#carte-revelee"));

        var (session, answers) = await PlayAsync(client, id, r => r == Reaction.Advance);

        Assert.Equal(card.Objections.Sum(o => o.Firmness == Firmness.High ? 2 : 1), answers);
        Assert.Equal((ExchangeEnd?)ExchangeEnd.Appointment, session.End);
        var call = await app.WithDbAsync(db => db.CallLogs.AsNoTracking().FirstAsync(c => c.Id == session.CallLogId));
        Assert.Equal((CallOutcome.AppointmentMade, CallMode.Simulator, prospect, op), (call.Outcome, call.Mode, call.ProspectId, call.OperationId));
        // RDV two working days later at the card's hour: Thursday 26/11/2026 (Paris).
        Assert.Equal(new DateTime(2026, 11, 26, card.ReachableHour, 0, 0), French.ToParis(call.FollowUpAtUtc!.Value));
        Assert.Contains("Réponse 1 : je comprends votre point de vue.", session.Transcript, StringComparison.Ordinal);
        var done = await client.GetDocumentAsync($"/jeu-de-role/echanges/{id}");
        Assert.Contains("RDV obtenu", done.QuerySelector("#resultat")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(done.QuerySelector("#carte-revelee"));
        Assert.Null(done.QuerySelector("form#reponse"));
        var reminders = await app.WithDbAsync(db => db.Reminders.CountAsync(r => r.SourceKey == $"rdv:{op}:{prospect}"));
        Assert.Equal(1, reminders);
    }

    [Fact]
    public async Task Exchange_AnswersThatNeverMoveTheProspect_EndInARefusal()
    {
        await SetProfileAsync(0, 0, 0, 0, 100);
        var client = await app.AsAsync(Pupil);
        var op = await client.PlanPhoningAsync("Phoning joué jusqu'au refus");
        var prospect = await ShownAsync(client, op);
        var id = await RingAsync(client, op, prospect);

        var (session, answers) = await PlayAsync(client, id, r => r != Reaction.Advance);

        Assert.Equal((3, (ExchangeEnd?)ExchangeEnd.Refusal, (CallOutcome?)CallOutcome.PitchedNoFollowUp), (answers, session.End, session.Outcome));
        var call = await app.WithDbAsync(db => db.CallLogs.AsNoTracking().FirstAsync(c => c.Id == session.CallLogId));
        Assert.Equal((CallOutcome.PitchedNoFollowUp, CallMode.Simulator, (DateTime?)null), (call.Outcome, call.Mode, call.FollowUpAtUtc));
        Assert.Contains("refus", (await client.GetDocumentAsync($"/jeu-de-role/echanges/{id}")).QuerySelector("#echange")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ring_FollowsTheClassProfile_AWrongNumberIsLoggedAtOnce()
    {
        await SetProfileAsync(100, 0, 0, 0, 0);
        var client = await app.AsAsync(Pupil);
        var op = await client.PlanPhoningAsync("Phoning sur un fichier douteux");
        var prospect = await ShownAsync(client, op);
        var id = await RingAsync(client, op, prospect);

        var session = await SessionAsync(id);
        Assert.Equal((ReachDraw.WrongNumber, true, (CallOutcome?)CallOutcome.WrongNumber), (session.Reach, session.IsFinished, session.Outcome));
        var call = await app.WithDbAsync(db => db.CallLogs.AsNoTracking().SingleAsync(c => c.OperationId == op));
        Assert.Equal((CallOutcome.WrongNumber, CallMode.Simulator), (call.Outcome, call.Mode));
    }

    [Fact]
    public async Task Answer_WithoutTechniqueOrSentence_KeepsWhatWasTypedWithFrenchMessages()
    {
        await SetProfileAsync(0, 0, 0, 0, 100);
        var client = await app.AsAsync(Pupil);
        var op = await client.PlanPhoningAsync("Phoning avec une réponse vide");
        var id = await RingAsync(client, op, await ShownAsync(client, op));

        var response = await client.PostFormAsync($"/jeu-de-role/echanges/{id}", new() { ["Sentence"] = "Bien sûr, mais" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("Choisissez la technique de traitement de l'objection.", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Bien sûr, mais", page.QuerySelector("#Sentence")!.TextContent);
        Assert.Equal(SoloExchange.Patience, (await SessionAsync(id)).Patience);
    }

    [Fact]
    public async Task PlayedCallsOnly_PhoningOffersOnlyTheSimulator_AndAForgedDeclaredOutcomeIsRefused()
    {
        var client = await app.AsAsync(Pupil);
        var op = await client.PlanPhoningAsync("Phoning joué uniquement");
        var teacher = await app.AsAsync("prof.durand");
        (await teacher.PostFormAsync($"/jeu-de-role/operations/{op}/appels-joues", new() { ["playedOnly"] = "true" }, $"/operations/{op}")).AssertRedirectsTo($"/operations/{op}");

        var page = await client.GetDocumentAsync($"/operations/{op}/phoning");
        Assert.Null(page.QuerySelector("form#appel"));
        Assert.NotNull(page.QuerySelector("form#simulateur"));
        var prospect = await ShownAsync(client, op);
        var token = await client.TokenAsync($"/operations/{op}/phoning");
        var forged = await client.PostAsync($"/operations/{op}/phoning", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ProspectId"] = $"{prospect}",
            ["Outcome"] = "AppointmentMade",
            ["FollowUpAt"] = "2026-11-27T10:00",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains(OperationService.PlayedCallsOnlyMessage, await forged.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.CallLogs.CountAsync(c => c.OperationId == op)));

        // A student cannot lift the rule.
        var bySelf = await client.PostFormAsync($"/jeu-de-role/operations/{op}/appels-joues", new() { ["playedOnly"] = "false" }, $"/operations/{op}");
        Assert.Equal(HttpStatusCode.Forbidden, bySelf.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Operations.Where(o => o.Id == op).Select(o => o.PlayedCallsOnly).FirstAsync()));
    }

    [Fact]
    public async Task Exchange_OfAnotherWorkspace_Is404_TheClassTeacherReadsIt_AnotherTeacherDoesNot()
    {
        await SetProfileAsync(0, 0, 0, 0, 100);
        var client = await app.AsAsync(Pupil);
        var op = await client.PlanPhoningAsync("Phoning lu par l'enseignant");
        var id = await RingAsync(client, op, await ShownAsync(client, op));

        var stranger = await app.AsAsync("eleve1");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/jeu-de-role/echanges/{id}")).StatusCode);
        var token = await stranger.TokenAsync("/jeu-de-role");
        var forged = await stranger.PostAsync($"/jeu-de-role/echanges/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Technique"] = "Question",
            ["Sentence"] = "Une réponse qui n'est pas la mienne.",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        var ring = await stranger.PostAsync($"/jeu-de-role/operations/{op}/simulateur", new FormUrlEncodedContent(new Dictionary<string, string> { ["prospect"] = "1", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, ring.StatusCode);
        Assert.Equal(SoloExchange.Patience, (await SessionAsync(id)).Patience);

        var teacher = await app.AsAsync("prof.durand");
        var read = await teacher.GetDocumentAsync($"/jeu-de-role/echanges/{id}");
        Assert.NotNull(read.QuerySelector("#carte-revelee"));
        Assert.Null(read.QuerySelector("form#reponse"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AsAsync("prof.martin")).GetAsync($"/jeu-de-role/echanges/{id}")).StatusCode);
    }
}
