namespace Cultivation.Validation;

/// <summary>
/// Marks a property that holds a person's personal data (phone, e-mail, ID-like values). Such values are
/// masked for readers without the personal-data permission and never sent to investors.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute
{
    public PersonalDataAttribute(PersonalDataKind kind = PersonalDataKind.Other) => Kind = kind;

    public PersonalDataKind Kind { get; }
}

public enum PersonalDataKind
{
    Other = 0,
    Phone = 1,
    Email = 2,
    IdNumber = 3
}
