using Tap.Service.Admin;
using Tap.Service.ApiReference;
using Tap.Service.Compression;
using Tap.Service.Configuration;
using Tap.Service.Database;
using Tap.Service.DataLink;
using Tap.Service.Images;
using Tap.Service.Observability;
using Tap.Service.Portal;
using Tap.Service.Protocol;
using Tap.Service.Query;
using Tap.Service.Security;
using Tap.Service.Sia;
using Tap.Service.Soda;
using Tap.Service.Uws;
using Tap.Service.Vosi;

if (AdminCommandLine.Handles(args))
{
    return await AdminCommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseImageSizedResponseBuffer();
builder.Services.AddServiceOptions(builder.Configuration);
builder.Services.AddDatabaseOptions(builder.Configuration);
builder.Services.AddServiceDataSource();
builder.Services.AddDataLinkDescriptors();
builder.Services.AddImages(builder.Configuration);
builder.Services.AddDataLinkLinks();
builder.Services.AddVosi();
builder.Services.AddUws(builder.Configuration);
builder.Services.AddQueryExecution(builder.Configuration);
builder.Services.AddSia(builder.Configuration);
builder.Services.AddSoda();
builder.Services.AddCallerAuthentication(builder.Configuration);
builder.Services.AddApiReference();
builder.Services.AddObservability();
builder.Services.AddResponseCompressionForText();
var app = builder.Build();

app.UseResponseCompressionForText();
app.UseDaliFaults();
app.UseCallerAuthentication();
app.UsePortalPage();
var tap = app.MapGroup("/tap");
tap.MapTapSync();
tap.MapUwsJobs(UwsService.Tap);
tap.MapTapVosi();
var datalink = app.MapGroup("/datalink");
datalink.MapDataLinks();
datalink.MapVosi("datalink", DataLinkEndpoints.Capabilities);
var sia = app.MapGroup("/sia");
sia.MapSia();
sia.MapVosi("sia", SiaEndpoints.Capabilities);
var soda = app.MapGroup("/soda");
soda.MapSoda();
soda.MapVosi("soda", SodaEndpoints.Capabilities);
app.MapImageFiles();
app.MapApiReference();
app.MapObservability();

await app.RunAsync();
return 0;

public partial class Program;
