using System.Text;
using Elasticsearch.Net;
using HttpMethod = Elasticsearch.Net.HttpMethod;

namespace Cultivation.Search.Tests.Elasticsearch;

/// <summary>
/// NEST's <see cref="InMemoryConnection"/>, answering each request with the canned response of the first route that
/// matches its method and path, and keeping every request (method, path and query, body, headers) to assert on.
/// </summary>
public sealed class RecordingConnection : InMemoryConnection
{
    private readonly List<(HttpMethod Method, string PathPrefix, int Status, string Body)> _routes = [];

    public List<RecordedRequest> Requests { get; } = [];

    public RecordingConnection Answer(HttpMethod method, string pathPrefix, int status, string body = "")
    {
        _routes.Add((method, pathPrefix, status, body));
        return this;
    }

    public RecordingConnection AnswerFile(HttpMethod method, string pathPrefix, string recordedFile, int status = 200) =>
        Answer(method, pathPrefix, status, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "Recorded", recordedFile)));

    public override TResponse Request<TResponse>(RequestData requestData)
    {
        var path = requestData.Uri.PathAndQuery;
        if (requestData.Method == HttpMethod.GET && path == "/")
        {
            // The client's product check before its first call: InMemoryConnection answers it as Elasticsearch would.
            return ReturnConnectionStatus<TResponse>(requestData);
        }
        Requests.Add(new RecordedRequest(requestData.Method, Uri.UnescapeDataString(path), Body(requestData), requestData.Accept, requestData.RequestMimeType,
            requestData.ApiKeyAuthenticationCredentials is not null, requestData.BasicAuthorizationCredentials is not null));
        var route = _routes.FirstOrDefault(r => r.Method == requestData.Method && path.StartsWith(r.PathPrefix, StringComparison.Ordinal));
        if (route.PathPrefix is null)
        {
            throw new InvalidOperationException($"No canned response for {requestData.Method} {path}.");
        }
        return ReturnConnectionStatus<TResponse>(requestData, Encoding.UTF8.GetBytes(route.Body), route.Status, RequestData.DefaultJsonMimeType);
    }

    public override Task<TResponse> RequestAsync<TResponse>(RequestData requestData, CancellationToken cancellationToken) =>
        Task.FromResult(Request<TResponse>(requestData));

    private static string Body(RequestData requestData)
    {
        if (requestData.PostData is null)
        {
            return "";
        }
        using var stream = new MemoryStream();
        requestData.PostData.Write(stream, requestData.ConnectionSettings);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

public sealed record RecordedRequest(HttpMethod Method, string PathAndQuery, string Body, string Accept, string ContentType, bool HasApiKey, bool HasBasicAuth)
{
    public string Path => PathAndQuery.Split('?')[0];
}
