using System.CommandLine;
using DanVan.Cli;
using DanVan.Cli.Commands;

Terminal.Configure();
var root = new RootCommand("danvan: công cụ quản trị hệ thống công tác dân vận")
{
    GlobalOptions.Provider,
    GlobalOptions.Connection,
    MigrateCommand.Create(),
    SeedCommand.Create(),
    ImportUnitsCommand.Create(),
    AddUserCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
