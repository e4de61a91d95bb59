using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public sealed class CsvTableTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_quotes_and_line_breaks()
    {
        const string text = "code,note,name\n00112,\"Nhập một phần diện tích, toàn bộ dân số\",Phường Thụy Khuê\r\n00118,\"Ghi \"\"chú\"\"\nhai dòng\",Phường Bồ Đề\n";

        var table = CsvTable.Read(new StringReader(text));

        table.Header.ShouldBe(["code", "note", "name"]);
        table.Rows.Count.ShouldBe(2);
        table.Get(table.Rows[0].Fields, "note").ShouldBe("Nhập một phần diện tích, toàn bộ dân số");
        table.Get(table.Rows[1].Fields, "note").ShouldBe("Ghi \"chú\"\nhai dòng");
        table.Get(table.Rows[1].Fields, "name").ShouldBe("Phường Bồ Đề");
        table.Rows[1].Line.ShouldBe(3);
    }

    [Fact]
    public void Missing_columns_and_fields_read_as_empty()
    {
        var table = CsvTable.Read(new StringReader("\uFEFFcode,name\n01\n"));

        table.Has("code").ShouldBeTrue();
        table.Has("parent_code").ShouldBeFalse();
        table.Get(table.Rows[0].Fields, "name").ShouldBe(string.Empty);
        table.Get(table.Rows[0].Fields, "parent_code").ShouldBe(string.Empty);
    }

    [Fact]
    public void An_empty_file_has_no_header()
    {
        CsvTable.Read(new StringReader(string.Empty)).Header.ShouldBeEmpty();
    }
}
