using Tap.Service.Admin;

if (AdminCommandLine.Handles(args))
{
    return await AdminCommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/", () => Results.Text("Image metadata service: running.\n"));

await app.RunAsync();
return 0;

public partial class Program;
