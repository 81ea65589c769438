namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>A backup kept on the server: its file name, when it was made (Paris time, from the name) and its size.</summary>
public sealed record BackupFile(string Name, DateTime MadeAtParis, long Bytes);
