var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/", () => Results.Text("Image metadata service: running.\n"));

app.Run();

public partial class Program;
