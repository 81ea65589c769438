using ClasseCRM.Web.Domain;

namespace ClasseCRM.Web.Features.Prospects;

public sealed record ProspectDetailsViewModel(
    Prospect Prospect,
    string? NafLabel,
    bool CanWrite,
    bool RetentionDue,
    List<ProspectNote> Timeline,
    List<Domain.Orders.Order> Orders);
