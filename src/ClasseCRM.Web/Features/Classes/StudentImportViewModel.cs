namespace ClasseCRM.Web.Features.Classes;

public sealed class StudentImportViewModel
{
    public int ClassId { get; set; }

    public string ClassName { get; set; } = "";

    public string? FileName { get; set; }

    public List<StudentImportError> Errors { get; set; } = [];
}
