namespace HomeLab.L1.Templates;

/// <summary>Reads an image's SHA-256 from the distribution's SHA256SUMS file over HTTP(S).</summary>
internal static class ChecksumFetcher
{
    /// <summary>A SHA256SUMS file is small; anything larger is not one.</summary>
    private const long MaxSize = 4 * 1024 * 1024;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly Lazy<HttpClient> Http = new(() => new HttpClient(new SocketsHttpHandler
    {
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 10,
    })
    {
        Timeout = Timeout,
        MaxResponseContentBufferSize = MaxSize,
    });

    /// <summary>The SHA-256 listed for <paramref name="fileName"/> in the file at <paramref name="checksumUrl"/>.</summary>
    /// <exception cref="BuildFailure">The file cannot be fetched, or does not list the image (one line).</exception>
    public static async Task<string> FetchAsync(Uri checksumUrl, string fileName, string templateFile, CancellationToken ct)
    {
        string text;
        try
        {
            using var response = await Http.Value.GetAsync(checksumUrl, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new BuildFailure(
                    $"checksum_url {checksumUrl} answered {(int)response.StatusCode} {response.ReasonPhrase}; fix checksum_url in {templateFile}, or give the checksum itself.");
            }

            text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new BuildFailure($"could not fetch checksum_url {checksumUrl}: {e.Message.TrimEnd('.')}.", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new BuildFailure($"checksum_url {checksumUrl} did not answer within {Timeout.TotalSeconds:0} s.", e);
        }

        return Sha256SumsFile.Find(text, fileName)
            ?? throw new BuildFailure(
                $"checksum_url {checksumUrl} lists no SHA-256 for {fileName}; check image_url and checksum_url in {templateFile}.");
    }
}
