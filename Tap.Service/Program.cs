using Tap.Service.Admin;
using Tap.Service.Configuration;
using Tap.Service.DataLink;
using Tap.Service.Protocol;

if (AdminCommandLine.Handles(args))
{
    return await AdminCommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddServiceOptions(builder.Configuration);
builder.Services.AddDataLinkDescriptors();
var app = builder.Build();

app.UseDaliFaults();
app.MapGet("/", () => Results.Text("Image metadata service: running.\n"));

await app.RunAsync();
return 0;

public partial class Program;
