using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>What the simulated prospect says in a solo exchange: the ring, its reactions and how the call ends.</summary>
public static class ProspectLines
{
    private static readonly string[] Advance = ["Bon… vu comme ça, admettons.", "D'accord, ça, c'est un point intéressant.", "Je vois mieux ce que vous voulez dire."];
    private static readonly string[] Harden = ["Non, là, vous ne m'écoutez pas.", "C'est ce que tout le monde me dit.", "Je vous arrête tout de suite."];
    private static readonly string[] Neutral = ["Mouais… je ne suis pas convaincu.", "Et alors ?", "Hum. Je ne sais pas."];

    public static string Ring(ReachDraw reach, PickUpBy pickUp, string prospectName, string contact, string reachability) => reach switch
    {
        ReachDraw.WrongNumber => "Message : « Le numéro que vous avez demandé n'est pas attribué. »",
        ReachDraw.NoAnswer => $"Messagerie : « Vous êtes bien chez {prospectName}, laissez-nous un message. »",
        ReachDraw.Gatekeeper => $"{Capitalised(RolePlayLabels.Of(pickUp == PickUpBy.DecisionMaker ? PickUpBy.Switchboard : pickUp))} : « {contact} ne prend pas d'appels commerciaux. Envoyez plutôt un courriel. »",
        ReachDraw.DecisionMakerAbsent => $"{Capitalised(RolePlayLabels.Of(pickUp == PickUpBy.DecisionMaker ? PickUpBy.Assistant : pickUp))} : « {contact} est absent. Rappelez : {Lower(reachability)}. »",
        _ => pickUp == PickUpBy.DecisionMaker
            ? $"{contact} décroche : « Oui, allô ? »"
            : $"{Capitalised(RolePlayLabels.Of(pickUp))} vous passe {contact}. « Oui, allô ? »",
    };

    public static string Objection(string text, bool first) => first ? $"Prospect : « Je vous écoute… mais {Lower(text)} »" : $"Prospect : « Admettons. Mais {Lower(text)} »";

    public static string Reacts(Reaction reaction, int turn)
    {
        var lines = reaction switch { Reaction.Advance => Advance, Reaction.Harden => Harden, _ => Neutral };
        return $"Prospect ({RolePlayLabels.Of(reaction)}) : « {lines[turn % lines.Length]} »";
    }

    public static string Ends(ExchangeEnd end, string when) => end switch
    {
        ExchangeEnd.Appointment => $"Prospect : « Bon, venez me montrer ça : {when}, ça vous va ? » — RDV obtenu.",
        ExchangeEnd.CallBack => $"Prospect : « Laissez-moi réfléchir. Rappelez-moi {when}. » — rappel convenu.",
        _ => "Prospect : « Non, vraiment, ça ne m'intéresse pas. Au revoir. » — refus.",
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
