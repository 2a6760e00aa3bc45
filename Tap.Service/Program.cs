using Tap.Service.Configuration;
using Tap.Service.DataLink;
using Tap.Service.Protocol;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddServiceOptions(builder.Configuration);
builder.Services.AddDataLinkDescriptors();
var app = builder.Build();

app.UseDaliFaults();
app.MapGet("/", () => Results.Text("Image metadata service: running.\n"));

app.Run();

public partial class Program;
