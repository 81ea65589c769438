namespace ClasseCRM.Web.Domain.RolePlay;

/// <summary>How a solo exchange with the décideur ends: a RDV, a call-back (rappel) or a refusal.</summary>
public enum ExchangeEnd
{
    Appointment = 0,
    CallBack = 1,
    Refusal = 2,
}
