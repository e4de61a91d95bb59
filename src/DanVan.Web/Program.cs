using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddDanVanData();
builder.Services.AddDanVanAuth(builder.Configuration);
builder.Services.AddDanVanWeb();
builder.Services.AddDanVanApi();

var app = builder.Build();

await app.InitializeDatabaseAsync();
app.UseDanVanPipeline();
app.MapDanVanEndpoints();

app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
