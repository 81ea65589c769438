using Hangfire.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace ClasseCRM.Web.Infrastructure.Jobs;

/// <summary>
/// Hangfire's logging is process-wide (static). This bridge sends it to the app's loggers and turns silent once that
/// app's logger factory is disposed, so a stopped app (tests start several in one process) never breaks the next one.
/// </summary>
public sealed class HangfireLogBridge(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name) => new BridgedLog(factory, name);

    private sealed class BridgedLog(ILoggerFactory factory, string name) : ILog
    {
        private ILogger? _logger;

        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _logger ??= factory.CreateLogger(name);
                var level = logLevel switch
                {
                    HangfireLogLevel.Trace => LogLevel.Trace,
                    HangfireLogLevel.Debug => LogLevel.Debug,
                    HangfireLogLevel.Info => LogLevel.Information,
                    HangfireLogLevel.Warn => LogLevel.Warning,
                    HangfireLogLevel.Error => LogLevel.Error,
                    _ => LogLevel.Critical,
                };
                if (messageFunc is null)
                {
                    return _logger.IsEnabled(level);
                }
                _logger.Log(level, exception, "{HangfireMessage}", messageFunc());
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
