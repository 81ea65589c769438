namespace ClasseCRM.Web.Domain.Orders;

/// <summary>Where a step of the step bar stands for a document (<see cref="OrderProgress"/>).</summary>
public enum OrderStepState
{
    /// <summary>Reached, with its date.</summary>
    Done,

    /// <summary>Where the document is now (a cancelled document: the cancellation).</summary>
    Current,

    /// <summary>A step the document can move to now.</summary>
    Next,

    /// <summary>Further on.</summary>
    Later,

    /// <summary>Passed by without happening (no mise en service).</summary>
    Skipped,

    /// <summary>Not reached: the document was cancelled before.</summary>
    NotReached,
}
