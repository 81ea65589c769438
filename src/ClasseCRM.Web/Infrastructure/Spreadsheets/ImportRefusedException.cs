namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>A file refused while it was read: its message is the French sentence shown on the upload form.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);
