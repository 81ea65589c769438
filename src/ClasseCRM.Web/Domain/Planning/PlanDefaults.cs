using System.Globalization;
using System.Text;

namespace ClasseCRM.Web.Domain.Planning;

/// <summary>
/// What a student's plan starts from, built from the scenario (DOMAIN.md, phoning: passer le barrage → présentation →
/// accroche → découverte → argument → objections → conclusion): an editable copy, never the scenario itself.
/// </summary>
public static class PlanDefaults
{
    /// <summary>
    /// A plan d'appel in six steps: prise de contact (barrage), présentation, découverte, argumentation (the scenario's
    /// accroche and CAP arguments), traitement des objections (the scenario's grid), conclusion and prise de RDV.
    /// </summary>
    public static string Script(Scenario scenario)
    {
        var pitch = Pitch.FromScenario(scenario.SalesPitch);
        var s = new StringBuilder();
        s.Append("1. Prise de contact\n");
        s.Append(CultureInfo.InvariantCulture, $"« Bonjour, (votre prénom et nom) de la société {scenario.CompanyName}. Pourrais-je parler au responsable des achats, s'il vous plaît ? »\n");
        s.Append("Barrage : rester courtois, donner son nom et le motif en une phrase, demander le meilleur moment pour rappeler.\n\n");
        s.Append("2. Présentation\n");
        s.Append(CultureInfo.InvariantCulture, $"« {scenario.CompanyName}, {scenario.Sector.Trim()}. Je vous appelle au sujet de : {scenario.Offer.Trim()} Avez-vous deux minutes ? »\n\n");
        s.Append("3. Découverte\n");
        s.Append("Questions ouvertes : « Comment faites-vous aujourd'hui ? Qu'est-ce qui compte le plus pour vous ? Qui décide ? »\n");
        s.Append("Écouter, reformuler, repérer le mobile d'achat (SONCAS).\n\n");
        s.Append("4. Argumentation\n");
        foreach (var line in pitch.Hook.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            s.Append(line).Append('\n');
        }
        foreach (var a in pitch.Arguments)
        {
            s.Append(CultureInfo.InvariantCulture, $"- {a.Characteristic} : {a.Advantage} ({a.Proof}).\n");
        }
        s.Append('\n');
        s.Append("5. Traitement des objections\n");
        foreach (var o in scenario.Objections.OrderBy(o => o.SortOrder))
        {
            s.Append(CultureInfo.InvariantCulture, $"- « {o.Objection} » ({o.Technique}) : {o.Answer}\n");
        }
        if (scenario.Objections.Count == 0)
        {
            s.Append("- Écouter l'objection, la reformuler, répondre, vérifier que la réponse convient.\n");
        }
        s.Append('\n');
        s.Append("6. Conclusion et prise de rendez-vous\n");
        s.Append("« Je vous propose de vous présenter notre offre : mardi à 10 h ou jeudi à 14 h ? »\n");
        s.Append("Confirmer la date, l'heure et le lieu, remercier, prendre congé.");
        return s.ToString();
    }

    /// <summary>The letter or e-mail a mailing starts from, in the channel's own words (<see cref="Contacting.MailTemplates"/>).</summary>
    public static (string Subject, string Body) Letter(Scenario company, Contacting.Channel channel) =>
        (Contacting.MailTemplates.Subject(company.CompanyName), Contacting.MailTemplates.Body(channel, company.Offer));
}
