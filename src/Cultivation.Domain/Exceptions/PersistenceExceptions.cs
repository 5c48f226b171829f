namespace Cultivation.Exceptions;

/// <summary>The record was changed by someone else since it was read (a stale concurrency stamp).</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A unique key was taken between the check and the write (two users at once).</summary>
public sealed class DuplicateKeyException(string message, Exception? inner = null) : Exception(message, inner);
