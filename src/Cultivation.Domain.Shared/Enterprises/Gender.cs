namespace Cultivation.Enterprises;

/// <summary>The founder's or lead's gender: the 妇联's recommendations of women-led projects need it.</summary>
public enum Gender
{
    Unknown = 0,
    Male = 1,
    Female = 2
}
