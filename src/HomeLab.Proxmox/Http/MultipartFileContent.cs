using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace HomeLab.Proxmox.Http;

/// <summary>
/// A multipart/form-data body for Proxmox's upload: the text fields, then one file part streamed from disk in fixed
/// chunks. Its length is known up front (text + file size + closing boundary), so HttpClient sends a Content-Length
/// and writes the body straight to the connection: nothing is buffered, whatever the file's size, and Proxmox, which
/// refuses chunked uploads, accepts it. Progress is reported as the file is read.
/// </summary>
internal sealed class MultipartFileContent : HttpContent
{
    private const int ChunkSize = 1 << 20;

    private readonly byte[] _head;
    private readonly byte[] _tail;
    private readonly string _filePath;
    private readonly long _fileLength;
    private readonly IProgress<UploadProgress>? _progress;

    /// <param name="fileName">Already normalised to [A-Za-z0-9_.-], so it needs no quoting rules.</param>
    public MultipartFileContent(IReadOnlyList<KeyValuePair<string, string>> fields, string fileField, string fileName, string filePath, IProgress<UploadProgress>? progress)
    {
        var boundary = "----HomeLabUpload" + Guid.NewGuid().ToString("N");
        var text = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            text.Append($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        }

        text.Append($"--{boundary}\r\nContent-Disposition: form-data; name=\"{fileField}\"; filename=\"{fileName}\"\r\n");
        text.Append("Content-Type: application/octet-stream\r\n\r\n");
        _head = Encoding.UTF8.GetBytes(text.ToString());
        _tail = Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n");

        _filePath = filePath;
        _progress = progress;
        _fileLength = new FileInfo(filePath).Length;
        Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data");
        Headers.ContentType.Parameters.Add(new NameValueHeaderValue("boundary", boundary));
        Headers.ContentLength = _head.Length + _fileLength + _tail.Length;
    }

    public long FileLength => _fileLength;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(_head, cancellationToken).ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var file = new FileStream(_filePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (file.ConfigureAwait(false))
            {
                long sent = 0;
                _progress?.Report(new UploadProgress(0, _fileLength));
                while (sent < _fileLength)
                {
                    var wanted = (int)Math.Min(ChunkSize, _fileLength - sent);
                    var read = await file.ReadAsync(buffer.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        throw new IOException($"{_filePath} became shorter while it was being uploaded.");
                    }

                    await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    sent += read;
                    _progress?.Report(new UploadProgress(sent, _fileLength));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        await stream.WriteAsync(_tail, cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _head.Length + _fileLength + _tail.Length;
        return true;
    }
}
