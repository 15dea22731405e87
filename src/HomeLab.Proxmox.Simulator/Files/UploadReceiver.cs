using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace HomeLab.Proxmox.Simulator.Files;

/// <summary>What pveproxy's multipart parser hands the upload handler: the text fields and the spooled file.</summary>
internal sealed record UploadForm(IReadOnlyDictionary<string, string> Fields, string? FileName, string? TempPath, long Size);

/// <summary>
/// Reads an upload body as pveproxy does: multipart/form-data with a Content-Length (chunked is refused), text
/// parts first (content, checksum-algorithm, checksum), then the file part named "filename", streamed to a
/// temporary file in fixed-size chunks: the body is never held in memory, whatever its size.
/// </summary>
internal static class UploadReceiver
{
    public static readonly string[] TextFields = ["content", "checksum-algorithm", "checksum"];

    private const int CopyBufferSize = 1 << 20;
    private const int TextFieldLimit = 64 * 1024;

    /// <exception cref="UploadRejected">The body is not an upload pveproxy would parse.</exception>
    public static async Task<UploadForm> ReceiveAsync(HttpContext context, SimulatorState state)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        if (request.ContentLength is null)
        {
            throw new UploadRejected(StatusCodes.Status501NotImplemented, "upload without Content-Length (chunked transfer encoding is not supported)");
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new UploadRejected(StatusCodes.Status501NotImplemented, "unable to parse upload: expected multipart/form-data with a boundary");
        }

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? tempPath = null;
        try
        {
            while (await reader.ReadNextSectionAsync(context.RequestAborted).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    throw new UploadRejected(StatusCodes.Status501NotImplemented, "unable to parse upload: every part needs Content-Disposition: form-data");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (disposition.IsFileDisposition())
                {
                    if (name != "filename")
                    {
                        throw new UploadRejected(StatusCodes.Status501NotImplemented, $"wrong field name '{name}' for file upload, expected 'filename'");
                    }

                    tempPath = VolumeFiles.NewUploadPath(state);
                    var size = await SpoolAsync(section.Body, tempPath, context.RequestAborted).ConfigureAwait(false);
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? string.Empty;

                    // pveproxy stops parsing at the file: anything after it is ignored.
                    return new UploadForm(fields, fileName, tempPath, size);
                }

                fields[name] = await ReadTextAsync(section.Body, context.RequestAborted).ConfigureAwait(false);
            }

            return new UploadForm(fields, null, null, 0);
        }
        catch
        {
            VolumeFiles.DeleteQuietly(tempPath);
            throw;
        }
    }

    private static async Task<long> SpoolAsync(Stream body, string path, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            await body.CopyToAsync(file, CopyBufferSize, cancellationToken).ConfigureAwait(false);
            return file.Length;
        }
    }

    private static async Task<string> ReadTextAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[TextFieldLimit + 1];
        var length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
            if (length > TextFieldLimit)
            {
                throw new UploadRejected(StatusCodes.Status501NotImplemented, "unable to parse upload: a text field is too large");
            }
        }

        return Encoding.UTF8.GetString(buffer, 0, length).Trim();
    }
}

/// <summary>The HTTP layer refused the upload body.</summary>
internal sealed class UploadRejected(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
