namespace DanVan.Web.Features.Notifications;

/// <summary>What one run of the reminder job did.</summary>
/// <param name="Ran">Whether it held the lease; <c>false</c> when another run was at work.</param>
/// <param name="Day">The Vietnam day it ran for.</param>
/// <param name="After">The day the last complete run had done, or <c>null</c> for a first run, which reads every task owed a reminder.</param>
/// <param name="TasksRead">The candidate tasks it read.</param>
/// <param name="Created">The messages it created.</param>
public sealed record ReminderRun(bool Ran, DateOnly Day, DateOnly? After, int TasksRead, int Created);
