using System.IO.Compression;
using HomeLab.Proxmox.Simulator.Tasks;

namespace HomeLab.Proxmox.Simulator.Files;

/// <summary>What one download-url call asked for, after validation.</summary>
internal sealed record DownloadOrder(
    Uri Url,
    string Content,
    string FileName,
    string? Algorithm,
    string? Checksum,
    bool VerifyCertificates,
    string? Compression);

/// <summary>
/// The download task, after pve-storage's download_file_from_url: an existing destination is kept when its checksum
/// matches and refused otherwise; else the URL is fetched (streamed) to &lt;dest&gt;.tmp_dwnl.&lt;pid&gt;, the checksum
/// verified, an iso decompressed, and the file renamed into place. In offline mode nothing is fetched: a small
/// placeholder stands in, and the log says so.
/// </summary>
internal sealed class DownloadWorker(SimulatorState state, Downloader downloader, SimNode node, SimStorage storage, DownloadOrder order)
{
    private const int CopyBufferSize = 1 << 20;

    private string VolName => ContentFiles.VolName(order.Content, order.FileName);

    private string ShownPath => $"{storage.Path}/{ContentFiles.Directory(order.Content)}/{order.FileName}";

    public async Task RunAsync(TaskContext task)
    {
        task.Log($"downloading {order.Url} to {ShownPath}");
        var volId = $"{storage.Id}:{VolName}";
        if (storage.FindVolume(volId) is { } existing && await KeepExistingAsync(task, existing).ConfigureAwait(false))
        {
            return;
        }

        if (order.Compression is not null && order.Content != "iso")
        {
            throw new TaskFailure($"decompression not supported for content type '{order.Content}'");
        }

        var path = VolumeFiles.PathFor(state, node, storage, VolName);
        if (state.OfflineDownloads)
        {
            await WritePlaceholderAsync(task, path, volId).ConfigureAwait(false);
        }
        else
        {
            await FetchAsync(task, path, volId).ConfigureAwait(false);
        }

        task.Log($"download of '{order.Url}' to '{ShownPath}' finished");
    }

    /// <summary>True when the existing file already is the one asked for; fails when it must not be replaced.</summary>
    private async Task<bool> KeepExistingAsync(TaskContext task, SimVolume existing)
    {
        if (order.Algorithm is null)
        {
            throw new TaskFailure($"refusing to override existing file '{ShownPath}'");
        }

        var actual = existing.DeclaredChecksum is { } declared && declared.Algorithm == order.Algorithm
            ? declared.Value
            : existing.FilePath is { } file ? await Checksums.OfFileAsync(order.Algorithm, file, task.CancellationToken).ConfigureAwait(false) : "unknown";
        if (string.Equals(actual, order.Checksum, StringComparison.OrdinalIgnoreCase))
        {
            task.Log("calculating checksum of existing file...OK, got correct file already, no need to download");
            return true;
        }

        task.Log("calculating checksum of existing file...");
        throw new TaskFailure($"checksum mismatch: got '{actual}' != expect '{order.Checksum}', aborting");
    }

    private async Task WritePlaceholderAsync(TaskContext task, string path, string volId)
    {
        task.Log($"simulator: offline, download of {order.Url} accepted without fetching");
        await File.WriteAllTextAsync(path, $"HomeLab simulator placeholder for {order.Url}\n", task.CancellationToken).ConfigureAwait(false);
        var volume = AddVolume(volId, path);
        if (order.Algorithm is not null)
        {
            volume.DeclaredChecksum = (order.Algorithm, order.Checksum!.ToLowerInvariant());
        }
    }

    private async Task FetchAsync(TaskContext task, string path, string volId)
    {
        var temp = $"{path}.tmp_dwnl.{task.Task.Pid}";
        try
        {
            await DownloadToAsync(task, temp).ConfigureAwait(false);
            if (order.Algorithm is not null)
            {
                var actual = await Checksums.OfFileAsync(order.Algorithm, temp, task.CancellationToken).ConfigureAwait(false);
                if (!string.Equals(actual, order.Checksum, StringComparison.OrdinalIgnoreCase))
                {
                    task.Log("calculating checksum...");
                    throw new TaskFailure($"checksum mismatch: got '{actual}' != expect '{order.Checksum}'");
                }

                task.Log("calculating checksum...OK, checksum verified");
            }

            if (order.Compression is { } compression)
            {
                await DecompressAsync(task, compression, temp, path).ConfigureAwait(false);
            }
            else
            {
                File.Move(temp, path, overwrite: true);
            }

            AddVolume(volId, path);
        }
        finally
        {
            VolumeFiles.DeleteQuietly(temp);
        }
    }

    private async Task DownloadToAsync(TaskContext task, string temp)
    {
        HttpResponseMessage response;
        try
        {
            response = await downloader.GetAsync(order.Url, order.VerifyCertificates, task.CancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new TaskFailure($"download failed: {e.Message}");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                task.Log($"ERROR {(int)response.StatusCode}: {response.ReasonPhrase}.");
                throw new TaskFailure($"download failed: the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var length = response.Content.Headers.ContentLength;
            task.Log($"Length: {(length is { } known ? known.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unspecified")}");
            var source = await response.Content.ReadAsStreamAsync(task.CancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                var target = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
                await using (target.ConfigureAwait(false))
                {
                    await source.CopyToAsync(target, CopyBufferSize, task.CancellationToken).ConfigureAwait(false);
                    task.Log($"saved {target.Length} bytes");
                }
            }
        }
    }

    private static async Task DecompressAsync(TaskContext task, string compression, string temp, string path)
    {
        if (compression != "gz")
        {
            throw new TaskFailure($"simulator: '{compression}' decompression is not simulated (only gz is)");
        }

        task.Log($"decompressing {Path.GetFileName(temp)} to {Path.GetFileName(path)}");
        var source = new GZipStream(File.OpenRead(temp), CompressionMode.Decompress);
        await using (source.ConfigureAwait(false))
        {
            var target = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
            await using (target.ConfigureAwait(false))
            {
                await source.CopyToAsync(target, CopyBufferSize, task.CancellationToken).ConfigureAwait(false);
            }
        }
    }

    private SimVolume AddVolume(string volId, string path) =>
        storage.AddVolume(new SimVolume(volId, order.Content, ContentFiles.Format(order.Content, order.FileName), new FileInfo(path).Length) { FilePath = path });
}
