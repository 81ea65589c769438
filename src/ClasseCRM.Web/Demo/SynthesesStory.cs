using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Features.Syntheses;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The compte rendu d'opération (MCV option B): a deadline in ten days for the first class; eleve1 has handed in the
/// compte rendu of the phoning and prof.martin assessed it on the indicative grid (one criterion « non évalué »); eleve6
/// has handed in theirs (waiting for the assessment); eleve2 is writing one.
/// </summary>
public sealed class SynthesesStory(AppDbContext db, SynthesisService syntheses, Data.Reference.SeedCatalog seeds)
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    public async Task SeedAsync(SchoolClass schoolClass, DateTime now, CancellationToken ct)
    {
        var calendar = new DemoCalendar(now);
        var today = calendar.Today;
        var tracked = await db.Classes.FirstAsync(c => c.Id == schoolClass.Id, ct);
        tracked.SynthesisDueAtUtc = DemoCalendar.At(calendar.WorkingDay(8), 18, 0);
        await db.SaveChangesAsync(ct);
        foreach (var (student, handIn) in new[] { ("eleve1", true), ("eleve2", false), ("eleve6", true) })
        {
            var author = await db.Users.Where(u => u.UserName == student).Select(u => u.Id).FirstAsync(ct);
            var ws = await db.Workspaces.Where(w => w.Members.Any(m => m.Student!.UserName == student)).Select(w => w.Id).FirstAsync(ct);
            var phoning = await db.Operations.Where(o => o.WorkspaceId == ws && o.Channel == Domain.Contacting.Channel.Phone).Select(o => o.Id).FirstAsync(ct);
            if (student == "eleve1")
            {
                // eleve1 confirmed the time and call costs the app proposed (eleve2 has not: « coûts non saisis »).
                var calls = await db.CallLogs.CountAsync(c => c.OperationId == phoning, ct);
                foreach (var line in Domain.Figures.CostSuggestions.For(Domain.Contacting.Channel.Phone, calls, null, tracked.KilometreRate).Where(l => l.IsVariable))
                {
                    db.OperationCosts.Add(new OperationCost { WorkspaceId = ws, OperationId = phoning, Label = line.Label, IsVariable = true, Quantity = line.Quantity, UnitCost = line.UnitCost });
                }
                await db.SaveChangesAsync(ct);
            }
            var id = await syntheses.CreateAsync(ws, new SynthesisCreateViewModel
            {
                Title = "Compte rendu du phoning de qualification",
                From = calendar.WorkingDay(-10),
                To = today,
                OperationIds = [phoning],
            }, ct);
            await db.Syntheses.Where(x => x.Id == id).ExecuteUpdateAsync(x => x.SetProperty(p => p.AuthorId, author), ct);
            var synthesis = (await syntheses.FindAsync(id!.Value, ct))!;
            var text = new SynthesisTextViewModel
            {
                Strengths = "Le script a permis de passer le barrage du standard dans la moitié des appels.",
                Weaknesses = "Trop d'appels sans réponse le lundi matin.",
                Judgement = handIn ? "Opération utile pour qualifier le fichier, mais le taux de prise de RDV reste faible." : null,
                CorrectiveActions = handIn ? "Suites : noter chaque appel dans le CRM le jour même ; préparer deux créneaux de RDV par alternative." : null,
            };
            if (handIn)
            {
                // A cause for each row objectif | réalisé | écart, and the rétroagir table filled (one row from an open reminder).
                var facts = await syntheses.FactsAsync(synthesis, ct);
                text.WithRows = true;
                text.Causes = (facts.Figures?.Channels ?? []).SelectMany(c => c.Objectives.Select(o => new GapCauseInput { Channel = c.Channel.ToString(), Objective = o.Name, Cause = CauseOf(o.Name) })).ToList();
                text.Actions = Actions(calendar, Features.Syntheses.SynthesisRows.Actions(synthesis.ActionRowsJson).FirstOrDefault());
            }
            await syntheses.SaveTextAsync(synthesis, text, ct);
            if (handIn)
            {
                await syntheses.HandInAsync(synthesis, ct);
                // Handed in at the end of a working day (eleve1 the day before eleve6), not at the moment of seeding.
                var handedIn = DemoCalendar.At(calendar.WorkingDay(student == "eleve1" ? -2 : -1), 16, 40);
                await db.Syntheses.Where(x => x.Id == synthesis.Id).ExecuteUpdateAsync(x => x.SetProperty(p => p.HandedInAtUtc, handedIn), ct);
            }
            if (student == "eleve1")
            {
                await AssessAsync(synthesis, DemoCalendar.At(calendar.WorkingDay(-1), 17, 30), ct);
            }
        }
    }

    /// <summary>The cause a pupil gives for each objective row of a phoning of qualification.</summary>
    private static string CauseOf(string objective) => objective switch
    {
        "rendez-vous" => "Argumentation trop courte après le barrage : les décideurs joints n'ont pas vu l'intérêt d'un RDV (savoir-faire).",
        "commandes confirmées" => "Le phoning visait des RDV, pas des ventes : aucune commande n'était attendue au téléphone (objectif mal fixé).",
        "CA HT" => "Sans commande confirmée, pas de CA : l'écart suit celui des commandes.",
        _ => "Fichier peu qualifié (un faux numéro, beaucoup de messageries) et appels passés le lundi matin (horaire).",
    };

    /// <summary>The rétroagir table of a handed-in compte rendu: two actions of the pupil's own, then the first open reminder completed.</summary>
    private static List<SynthesisActionInput> Actions(DemoCalendar calendar, Domain.Syntheses.SynthesisAction? reminder)
    {
        string Day(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var rows = new List<SynthesisActionInput>
        {
            new() { Gap = "Contacts utiles sous l'objectif", Cause = "Fichier peu qualifié : faux numéros et messageries", Action = "Vérifier et corriger les numéros du fichier avant le prochain phoning", DueOn = Day(calendar.WorkingDay(5)), Indicator = "Qualité du fichier ≥ 90 % de numéros valides" },
            new() { Gap = "Rendez-vous : objectif non atteint", Cause = "Décideurs absents le lundi matin ; argumentation trop courte", Action = "Rappeler les décideurs absents le mardi entre 10 h et 12 h avec l'alternative de deux créneaux", DueOn = Day(calendar.WorkingDay(3)), Indicator = "Taux de prise de RDV ≥ 25 %" },
        };
        if (reminder is not null)
        {
            rows.Add(new() { Gap = "Suite à donner à un prospect", Cause = "Rendez-vous ou rappel convenu pendant le phoning", Action = reminder.Action, DueOn = reminder.DueOn is { } d ? Day(d) : Day(calendar.WorkingDay(4)), Indicator = reminder.Indicator, ReminderId = reminder.ReminderId });
        }
        return rows;
    }

    /// <summary>prof.martin's assessment of eleve1's compte rendu, on the grid the class uses (the indicative one of MCV option B).</summary>
    private async Task AssessAsync(Domain.Syntheses.Synthesis synthesis, DateTime assessedAt, CancellationToken ct)
    {
        var rubric = Features.Rubrics.RubricService.Indicative(seeds.Referentiel(SchoolClass.DefaultReferentiel));
        var levels = rubric.Units.SelectMany(u => u.Criteria.Select(c => (Key: $"{u.Code} · {c}", u.Code)))
            .ToDictionary(x => x.Key, x => x.Code switch { "B4.2" => 2, "B4.3" => 2, "B4.4" => x.Key.Contains("Exactitude", StringComparison.Ordinal) ? 3 : 1, _ => Domain.Syntheses.Rubric.NotAssessed });
        db.SynthesisAssessments.Add(new Domain.Syntheses.SynthesisAssessment
        {
            WorkspaceId = synthesis.WorkspaceId,
            SynthesisId = synthesis.Id,
            LevelsJson = System.Text.Json.JsonSerializer.Serialize(levels, Json),
            RubricJson = Features.Rubrics.RubricService.ToJson(rubric),
            Mark = 13.5m,
            ResultsComment = "Chiffres exacts et justifiés par les formules.",
            AnalysisComment = "Les causes des écarts sont citées mais pas reliées aux chiffres.",
            OverallComment = "Compte rendu clair ; approfondissez l'analyse des écarts.",
            AssessorName = "Claire Martin",
            AssessedAtUtc = assessedAt,
        });
        await db.Syntheses.Where(x => x.Id == synthesis.Id).ExecuteUpdateAsync(x => x.SetProperty(p => p.Status, Domain.Syntheses.SynthesisStatus.Assessed), ct);
        await db.SaveChangesAsync(ct);
    }
}
