namespace Cultivation.Search;

/// <summary>The search engine refused or failed a request; the message says what and why.</summary>
public sealed class SearchEngineException(string message, Exception? inner = null) : Exception(message, inner);
