using Cultivation.Search;

namespace Cultivation.Search.Tests;

public sealed class SearchSynonyms_Tests
{
    private static readonly SearchSynonyms Synonyms = SearchSynonyms.Parse(["人工智能, AI", "集成电路，芯片、IC", "  ", "单独"]);

    [Fact]
    public void Should_parse_groups_separated_by_latin_or_chinese_commas_and_drop_groups_of_one()
    {
        Synonyms.Groups.Select(g => string.Join("|", g)).ShouldBe(["人工智能|AI", "集成电路|芯片|IC"]);
    }

    [Fact]
    public void Should_offer_the_text_and_each_synonym_in_place_of_the_term()
    {
        Synonyms.Expand("AI医疗").ShouldBe(["AI医疗", "人工智能 医疗"]);
        Synonyms.Expand("车规芯片").ShouldBe(["车规芯片", "车规 集成电路", "车规 IC"]);
    }

    [Fact]
    public void Should_combine_the_groups_of_several_terms()
    {
        Synonyms.Expand("AI 芯片").ShouldBe(["AI 芯片", "人工智能 芯片", "AI 集成电路", "AI IC", "人工智能 集成电路", "人工智能 IC"], ignoreOrder: true);
    }

    [Fact]
    public void Should_match_a_latin_term_only_as_a_whole_word_and_in_any_case()
    {
        Synonyms.Expand("MAIL 服务").ShouldBe(["MAIL 服务"]);
        Synonyms.Expand("ai 医疗").ShouldContain("人工智能 医疗");
    }

    [Fact]
    public void Should_stop_at_the_most_alternatives_a_query_may_have()
    {
        var many = new SearchSynonyms(Enumerable.Range(0, 10).Select(i => new[] { $"词{i}甲", $"词{i}乙" }));

        many.Expand(string.Join(" ", Enumerable.Range(0, 10).Select(i => $"词{i}甲"))).Count.ShouldBe(SearchSynonyms.MaxAlternatives);
    }

    [Fact]
    public void Should_leave_text_without_synonyms_alone()
    {
        SearchSynonyms.None.Expand("人工智能").ShouldBe(["人工智能"]);
    }
}
