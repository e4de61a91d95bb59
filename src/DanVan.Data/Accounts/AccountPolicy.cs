using DanVan.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Data.Accounts;

/// <summary>
/// The password and user-name rules for accounts, and Identity over the app's tables for hosts
/// that create accounts without signing anyone in (the command line, the benchmark).
/// </summary>
public static class AccountPolicy
{
    /// <summary>Applies the account rules, in every host.</summary>
    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
    }

    /// <summary>Registers UserManager over <see cref="AppDbContext"/> with the rules and Vietnamese messages.</summary>
    public static IServiceCollection AddDanVanAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(Apply)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        return services;
    }
}
