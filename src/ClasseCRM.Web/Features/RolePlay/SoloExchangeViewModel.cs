using ClasseCRM.Web.Domain.RolePlay;

namespace ClasseCRM.Web.Features.RolePlay;

/// <summary>A solo exchange as its page shows it: the transcript, the objection to answer (or how it ended) and, once over, the card revealed.</summary>
public sealed record SoloExchangeViewModel(RolePlaySession Session, string ProspectName, string OperationName, bool CanAnswer, RoleCard? RevealedCard)
{
    public RoleCardObjection? Current => Session.IsFinished || Session.Index >= Session.Objections.Count ? null : Session.Objections[Session.Index];
}
