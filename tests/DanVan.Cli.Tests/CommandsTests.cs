namespace DanVan.Cli.Tests;

public sealed class CommandsTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Seed_units_loads_the_official_lists_and_a_later_change_list_imports_once()
    {
        var (seeded, seedOutput) = await _cli.RunAsync("seed", "units");
        seeded.ShouldBe(0, seedOutput);
        _cli.Scalar("SELECT COUNT(*) FROM AdminUnits WHERE Level = 2 AND ValidTo IS NULL").ShouldBe(3321);

        var file = Path.Combine(_cli.Folder, "changes.csv");
        await File.WriteAllTextAsync(file, "code,level,field,value_on_2025-07-01,value_after,legal_basis_per_source,effective_per_source\n22,1,type,tỉnh,thành phố,36/2026/QH16,01/09/2026\n");
        var (first, firstOutput) = await _cli.RunAsync("import", "units", file);
        var (again, againOutput) = await _cli.RunAsync("import", "units", file);

        first.ShouldBe(0, firstOutput);
        again.ShouldBe(0, againOutput);
        _cli.Scalar("SELECT COUNT(*) FROM AdminUnits WHERE Code = '22' AND ValidFrom >= '2025-07-01'").ShouldBe(2);
        _cli.Scalar("SELECT COUNT(*) FROM AdminUnits WHERE Code = '22' AND ValidTo = '2026-08-31' AND Type = 'tỉnh'").ShouldBe(1);
        _cli.Scalar("SELECT COUNT(*) FROM AdminUnits WHERE Code = '22' AND ValidTo IS NULL AND FullName = 'Thành phố Quảng Ninh'").ShouldBe(1);
    }

    [Fact]
    public async Task A_file_that_cannot_be_imported_is_refused_in_Vietnamese_and_changes_nothing()
    {
        await _cli.RunAsync("seed", "units");
        var before = _cli.Scalar("SELECT COUNT(*) FROM AdminUnits");
        var file = Path.Combine(_cli.Folder, "bad.csv");
        await File.WriteAllTextAsync(file, "code,level,field,value_on_2025-07-01,value_after,legal_basis_per_source,effective_per_source\n99999,2,type,xã,phường,x,01/09/2026\n");

        var (exit, output) = await _cli.RunAsync("import", "units", file);

        exit.ShouldBe(1);
        output.ShouldContain("không có đơn vị mã 99999");
        _cli.Scalar("SELECT COUNT(*) FROM AdminUnits").ShouldBe(before);
    }

    [Fact]
    public async Task Users_add_applies_the_password_policy_and_gives_the_role()
    {
        var (seeded, seedOutput) = await _cli.RunAsync("seed", "--scale", "province", "--province", "46");
        seeded.ShouldBe(0, seedOutput);
        var organization = _cli.Scalar("SELECT MIN(Id) FROM Organizations WHERE AdminUnitCode = '46'");

        var (weak, weakOutput) = await _cli.RunAsync("users", "add", "hue.canbo", "--full-name", "Cán Bộ Huế", "--password", "ngan", "--organization", $"{organization}", "--role", "lãnh đạo");
        var (ok, okOutput) = await _cli.RunAsync("users", "add", "hue.canbo", "--full-name", "Cán Bộ Huế", "--password", "Mat-Khau-2026", "--organization", $"{organization}", "--role", "lãnh đạo");

        weak.ShouldBe(1);
        weakOutput.ShouldContain("Mật khẩu phải có ít nhất 10 ký tự.");
        ok.ShouldBe(0, okOutput);
        _cli.Scalar($"SELECT COUNT(*) FROM RoleAssignments r JOIN AspNetUsers u ON u.Id = r.UserId WHERE u.UserName = 'hue.canbo' AND r.OrganizationId = {organization} AND r.Role = 2").ShouldBe(1);
        var communes = _cli.Scalar("SELECT COUNT(*) FROM AdminUnits WHERE ParentCode = '46' AND ValidTo IS NULL");
        _cli.Scalar("SELECT COUNT(*) FROM Organizations WHERE AdminUnitCode IS NOT NULL").ShouldBe(6 * (1 + communes));
    }

    [Fact]
    public async Task Seed_scale_builds_models_with_replication_chains_as_the_app_makes_them_and_a_second_run_adds_none()
    {
        var (seeded, output) = await _cli.RunAsync("seed", "--scale", "province", "--province", "46");
        var (again, againOutput) = await _cli.RunAsync("seed", "--scale", "province", "--province", "46");

        seeded.ShouldBe(0, output);
        again.ShouldBe(0, againOutput);
        againOutput.ShouldContain("Mô hình Dân vận khéo đã có sẵn");
        var models = _cli.Scalar("SELECT COUNT(*) FROM ExemplaryModels");
        models.ShouldBeInRange(400, 2000);
        _cli.Scalar("SELECT COUNT(DISTINCT Field) FROM ExemplaryModels").ShouldBe(4);
        // Replicas: in another organisation, started later, sharing their origin's root; several generations deep.
        _cli.Scalar("SELECT COUNT(*) FROM ExemplaryModels WHERE OriginId IS NOT NULL").ShouldBeGreaterThan(models / 5);
        _cli.Scalar("""
            SELECT COUNT(*) FROM ExemplaryModels m JOIN ExemplaryModels o ON o.Id = m.OriginId
            WHERE m.RootId IS NOT COALESCE(o.RootId, o.Id) OR m.OrganizationId = o.OrganizationId OR m.StartedOn <= o.StartedOn OR m.Field <> o.Field
            """).ShouldBe(0);
        _cli.Scalar("SELECT COUNT(*) FROM ExemplaryModels WHERE (OriginId IS NULL) <> (RootId IS NULL)").ShouldBe(0);
        _cli.Scalar("""
            WITH RECURSIVE g(Id, Depth) AS (SELECT Id, 0 FROM ExemplaryModels WHERE OriginId IS NULL
                UNION ALL SELECT m.Id, g.Depth + 1 FROM ExemplaryModels m JOIN g ON m.OriginId = g.Id)
            SELECT MAX(Depth) FROM g
            """).ShouldBeGreaterThanOrEqualTo(3);
        // Filled as the app fills them: the level of the running organisation, the folded search text, results.
        _cli.Scalar("SELECT COUNT(*) FROM ExemplaryModels m JOIN Organizations o ON o.Id = m.OrganizationId WHERE m.Level <> o.Level OR m.SearchFolded = ''").ShouldBe(0);
        _cli.Scalar("SELECT COUNT(*) FROM ExemplaryModels m WHERE NOT EXISTS (SELECT 1 FROM ModelResults r WHERE r.ModelId = m.Id)").ShouldBe(0);
        // Decisions: open-ended, for a term, re-evaluated yearly; some lapsed, some valid.
        _cli.Scalar("SELECT COUNT(DISTINCT ReevaluateYearly) FROM ModelRecognitions").ShouldBe(2);
        _cli.Scalar("SELECT COUNT(*) FROM ModelRecognitions WHERE LastDay < date('now')").ShouldBeGreaterThan(0);
        _cli.Scalar("SELECT COUNT(*) FROM ModelRecognitions WHERE LastDay IS NULL OR LastDay >= date('now')").ShouldBeGreaterThan(0);
        _cli.Scalar("SELECT COUNT(*) FROM ModelRecognitions r JOIN ExemplaryModels m ON m.Id = r.ModelId WHERE r.OrganizationId <> m.OrganizationId OR r.ValidFrom < m.StartedOn").ShouldBe(0);
    }

    public void Dispose() => _cli.Dispose();
}
