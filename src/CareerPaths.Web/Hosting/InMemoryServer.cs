using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace CareerPaths.Web.Hosting;

/// <summary>
/// A server with no socket. The host starts it as it would start Kestrel and hands it the
/// application, the whole middleware pipeline; <see cref="GetAsync"/> then runs a GET through that
/// pipeline with request and response features kept in memory, the way Kestrel runs a request it
/// read from a connection: the same middleware, routing, pages and endpoints, the same OnStarting
/// and OnCompleted callbacks, only without the bytes on the wire. The export renders the site with it.
/// </summary>
internal sealed class InMemoryServer : IServer
{
    private Func<FeatureCollection, Task>? _run;

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        ArgumentNullException.ThrowIfNull(application);
        _run = features => RunAsync(application, features);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _run = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _run = null;

    /// <summary>
    /// Runs `GET target` (a path and query, such as "/careers/roles?page=2", as a browser sends it,
    /// base path included) for a site at <paramref name="origin"/>, asking for no compression, and
    /// returns the status code and the body exactly as the pipeline wrote it.
    /// </summary>
    public async Task<InMemoryResponse> GetAsync(Uri origin, string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(target);
        var run = _run ?? throw new InvalidOperationException("The in-memory server has not been started, or has stopped.");
        var query = target.IndexOf('?', StringComparison.Ordinal);
        var request = new HttpRequestFeature
        {
            Protocol = "HTTP/1.1",
            Method = HttpMethods.Get,
            Scheme = origin.Scheme,
            PathBase = string.Empty,

            // Decoded as Kestrel decodes it ("%20" becomes a space); the raw target is kept too.
            Path = PathString.FromUriComponent(query < 0 ? target : target[..query]).Value ?? "/",
            QueryString = query < 0 ? string.Empty : target[query..],
            RawTarget = target,
            Body = Stream.Null,
        };
        request.Headers.Host = origin.Authority;

        var body = new MemoryStream();
        var response = new Response(body);
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response.BodyFeature);
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = cancellationToken });
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            ConnectionId = Guid.NewGuid().ToString("N"),
            LocalIpAddress = IPAddress.Loopback,
            RemoteIpAddress = IPAddress.Loopback,
        });

        await run(features);
        return new InMemoryResponse(response.StatusCode, body, features.Get<IEndpointFeature>()?.Endpoint?.DisplayName);
    }

    /// <summary>What Kestrel does with a request once it has read it: create the context, run the pipeline, start and complete the response.</summary>
    private static async Task RunAsync<TContext>(IHttpApplication<TContext> application, FeatureCollection features)
        where TContext : notnull
    {
        var response = (Response)features.GetRequiredFeature<IHttpResponseFeature>();
        var context = application.CreateContext(features);
        Exception? failure = null;
        try
        {
            await application.ProcessRequestAsync(context);
        }
        catch (Exception ex)
        {
            failure = ex;
            if (!response.HasStarted)
            {
                // As Kestrel answers an exception that escaped the pipeline before anything was sent.
                response.StatusCode = StatusCodes.Status500InternalServerError;
                response.Headers.Clear();
            }
        }

        // Kestrel would cut the connection of a response that failed halfway; here it is an error.
        var cutShort = failure is not null && response.HasStarted;
        try
        {
            await response.BodyFeature.CompleteAsync();
            await response.FireOnCompletedAsync();
        }
        finally
        {
            application.DisposeContext(context, failure);
        }

        if (cutShort)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure!);
        }
    }

    /// <summary>The response: status, headers and the callbacks that run when it starts (before the first byte) and when it is done.</summary>
    private sealed class Response : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _onStarting = [];
        private readonly List<(Func<object, Task> Callback, object State)> _onCompleted = [];
        private bool _started;

        public Response(Stream body)
        {
            BodyFeature = new StreamResponseBodyFeature(new StartingStream(body, this));
        }

        public StreamResponseBodyFeature BodyFeature { get; }

        public override bool HasStarted => _started;

        public override void OnStarting(Func<object, Task> callback, object state)
        {
            if (_started)
            {
                throw new InvalidOperationException("The response has already started.");
            }

            _onStarting.Add((callback, state));
        }

        public override void OnCompleted(Func<object, Task> callback, object state) => _onCompleted.Add((callback, state));

        /// <summary>Runs the OnStarting callbacks once, the last registered first, as Kestrel does.</summary>
        public async Task StartAsync()
        {
            if (_started)
            {
                return;
            }

            // Set first: a callback that writes must not start the response a second time.
            _started = true;
            for (var i = _onStarting.Count - 1; i >= 0; i--)
            {
                await _onStarting[i].Callback(_onStarting[i].State);
            }
        }

        public async Task FireOnCompletedAsync()
        {
            for (var i = _onCompleted.Count - 1; i >= 0; i--)
            {
                await _onCompleted[i].Callback(_onCompleted[i].State);
            }
        }
    }

    /// <summary>The response body: starts the response before the first byte is written or flushed.</summary>
    private sealed class StartingStream(Stream inner, Response response) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => response.StartAsync().GetAwaiter().GetResult();

        public override Task FlushAsync(CancellationToken cancellationToken) => response.StartAsync();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            response.StartAsync().GetAwaiter().GetResult();
            inner.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await response.StartAsync();
            inner.Write(buffer.Span);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

/// <summary>A response rendered in memory: its status code, its body exactly as written, and what answered it.</summary>
internal sealed class InMemoryResponse(int statusCode, MemoryStream body, string? endpoint)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>The endpoint that answered (a Razor page, a data endpoint), by its display name; null when none matched.</summary>
    public string? Endpoint { get; } = endpoint;

    /// <summary>The body's bytes, without a copy.</summary>
    public ReadOnlyMemory<byte> Body => body.GetBuffer().AsMemory(0, (int)body.Length);
}
