namespace Cultivation.AuditLogging;

public static class AuditLogConsts
{
    public const int MaxModuleLength = 64;
    public const int MaxActionLength = 128;
}
