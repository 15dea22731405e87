using System.Text;
using HomeLab.Proxmox.Http;
using HomeLab.Proxmox.Tests.Support;

namespace HomeLab.Proxmox.Tests.Client;

/// <summary>The upload body, byte for byte: field order, the file part's headers, and a length known up front.</summary>
public class MultipartFileContentTests
{
    [Test]
    public async Task The_body_has_the_fields_in_order_then_the_file_part_and_its_length_is_declared()
    {
        var path = Path.Combine(Path.GetTempPath(), $"multipart-{Guid.NewGuid():N}.iso");
        await File.WriteAllTextAsync(path, "ISO-BYTES");
        try
        {
            var fields = new[] { new KeyValuePair<string, string>("content", "iso"), new("checksum-algorithm", "sha256"), new("checksum", "ab12") };
            using var content = new MultipartFileContent(fields, "filename", "arch.iso", path, progress: null);

            var body = await content.ReadAsByteArrayAsync();

            var boundary = content.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value!;
            Assert.That(content.Headers.ContentType.MediaType, Is.EqualTo("multipart/form-data"));
            Assert.That(content.Headers.ContentLength, Is.EqualTo(body.Length));
            Assert.That(Encoding.UTF8.GetString(body), Is.EqualTo(
                $"--{boundary}\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\niso\r\n" +
                $"--{boundary}\r\nContent-Disposition: form-data; name=\"checksum-algorithm\"\r\n\r\nsha256\r\n" +
                $"--{boundary}\r\nContent-Disposition: form-data; name=\"checksum\"\r\n\r\nab12\r\n" +
                $"--{boundary}\r\nContent-Disposition: form-data; name=\"filename\"; filename=\"arch.iso\"\r\nContent-Type: application/octet-stream\r\n\r\n" +
                $"ISO-BYTES\r\n--{boundary}--\r\n"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Progress_follows_the_file_in_chunks_up_to_its_size()
    {
        using var files = new TestFiles();
        var path = files.Random("three-and-a-half.iso", (3L << 20) + 512 * 1024);
        var reports = new List<UploadProgress>();
        using var content = new MultipartFileContent([], "filename", "x.iso", path, new InlineProgress<UploadProgress>(reports.Add));

        await content.CopyToAsync(Stream.Null);

        var total = new FileInfo(path).Length;
        Assert.That(reports.Select(r => r.BytesSent), Is.EqualTo(new[] { 0L, 1L << 20, 2L << 20, 3L << 20, total }));
        Assert.That(reports, Has.All.Property(nameof(UploadProgress.TotalBytes)).EqualTo(total));
        Assert.That(reports[^1].Fraction, Is.EqualTo(1.0));
    }
}
