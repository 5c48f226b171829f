namespace Cultivation.Exceptions;

/// <summary>
/// A business rule was broken. <see cref="Code"/> is a <see cref="CultivationDomainErrorCodes"/> value whose
/// localized text is the message; <see cref="Arguments"/> fill its placeholders; <see cref="Field"/> names the
/// input field at fault, if one is.
/// </summary>
public class BusinessException : Exception
{
    public BusinessException(string code, string? field = null, params object[] arguments)
        : base(code)
    {
        Code = code;
        Field = field;
        Arguments = arguments;
    }

    public string Code { get; }

    public string? Field { get; }

    public object[] Arguments { get; }
}
