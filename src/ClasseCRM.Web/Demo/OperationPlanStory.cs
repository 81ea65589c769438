using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Demo;

/// <summary>
/// The demo's student plan: eleve1's phoning operation has « Mon plan de prospection » filled in — justifications,
/// calendar, budget, a plan d'appel of eleve1's own (not the scenario's proposal, so the phoning screen shows it) in two
/// versions, and an argumentaire adapted to the professions libérales.
/// </summary>
public sealed class OperationPlanStory(AppDbContext db)
{
    public const string ScriptOpening = "1. Prise de contact — secrétariat du cabinet";

    public async Task SeedAsync(DateTime now, CancellationToken ct)
    {
        var student = await db.Users.Where(u => u.UserName == "eleve1").Select(u => new { u.Id, Name = u.FirstName + " " + u.LastName }).FirstAsync(ct);
        var eleve1 = student.Id;
        var operation = await db.Operations
            .Where(o => o.Channel == Domain.Contacting.Channel.Phone && db.WorkspaceMembers.Any(m => m.WorkspaceId == o.WorkspaceId && m.StudentId == eleve1))
            .OrderBy(o => o.Id).FirstAsync(ct);
        var first = ScriptOpening + $"\n« Bonjour, {student.Name}, de Bureau Ouest. Je souhaiterais parler au responsable du cabinet. »\n\n"
            + "2. Présentation\n« Nous louons des copieurs tout compris aux cabinets de Rennes. »\n\n"
            + "3. Conclusion\n« Puis-je passer vous présenter l'offre mardi 10 h ou jeudi 14 h ? »";
        var second = ScriptOpening + $"\n« Bonjour, {student.Name}, de Bureau Ouest. Je souhaiterais parler au responsable du cabinet, c'est au sujet de vos impressions. »\n"
            + "Barrage : demander le meilleur moment pour rappeler, noter le nom de la secrétaire.\n\n"
            + "2. Présentation\n« Nous louons des copieurs tout compris aux cabinets de Rennes, avec un technicien sous 4 h. »\n\n"
            + "3. Découverte\n« Combien de pages imprimez-vous par mois ? Que se passe-t-il quand le copieur tombe en panne ? »\n\n"
            + "4. Argumentation\nCoût mensuel fixe (maintenance et consommables compris) ; intervention sous 4 h.\n\n"
            + "5. Objections\n« Nous avons déjà un fournisseur » : oui, mais en combien de temps intervient-il ?\n\n"
            + "6. Conclusion et prise de RDV\n« Puis-je passer vous présenter l'offre mardi 10 h ou jeudi 14 h ? » Confirmer l'adresse du cabinet.";
        var pitch = new Pitch("Accroche : « Combien vous coûte une journée sans copieur au cabinet ? »",
        [
            new PitchArgument("Technicien basé à Rennes, intervention sous 4 h", "Le cabinet n'est jamais bloqué pour ses actes et courriers", "97 % des interventions en moins de 4 h en 2025"),
            new PitchArgument("Location tout compris", "Un budget mensuel fixe, facile à prévoir pour un cabinet", "Simulation sur vos volumes d'impression"),
        ]).ToStored();
        db.OperationPlans.Add(new OperationPlan
        {
            WorkspaceId = operation.WorkspaceId,
            OperationId = operation.Id,
            TargetJustification = "Les professions libérales (avocats, notaires, experts-comptables) impriment beaucoup et ne peuvent pas attendre une réparation : "
                + "elles sont sensibles à l'intervention sous 4 h. Les 15 premières fiches du fichier sont des cabinets proches de l'agence.",
            TechniqueJustification = "Le phoning permet de qualifier le fichier et d'obtenir des rendez-vous rapidement et à faible coût ; "
                + "un cabinet décide vite quand on joint le responsable.",
            Calendar = "Semaine 1 : préparation du fichier et du plan d'appel. Semaines 2 et 3 : appels le matin (9 h – 12 h). Semaine 4 : rappels et bilan.",
            Budget = 180m,
            Script = second,
            Pitch = pitch,
            UpdatedAtUtc = now.AddDays(-13),
        });
        db.OperationPlanVersions.AddRange(
            new OperationPlanVersion { WorkspaceId = operation.WorkspaceId, OperationId = operation.Id, Kind = PlanText.Script, Number = 1, Text = first, SavedAtUtc = now.AddDays(-14), AuthorId = eleve1 },
            new OperationPlanVersion { WorkspaceId = operation.WorkspaceId, OperationId = operation.Id, Kind = PlanText.Script, Number = 2, Text = second, SavedAtUtc = now.AddDays(-13), AuthorId = eleve1 },
            new OperationPlanVersion { WorkspaceId = operation.WorkspaceId, OperationId = operation.Id, Kind = PlanText.Pitch, Number = 1, Text = pitch, SavedAtUtc = now.AddDays(-13), AuthorId = eleve1 });
        await db.SaveChangesAsync(ct);
    }
}
