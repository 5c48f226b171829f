using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Cultivation.Search.Lucene;

internal static class LuceneDocumentMapper
{
    /// <summary>
    /// Analysed, stored, and with offsets in the postings: the highlighter finds a hit's matches in the index instead of
    /// running SmartCn over its text again, the largest cost of a search otherwise.
    /// </summary>
    private static readonly FieldType HighlightableText = CreateHighlightableText();

    private static FieldType CreateHighlightableText()
    {
        var type = new FieldType(TextField.TYPE_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }

    public static Document ToDocument(ProfileDocument profile)
    {
        var id = LuceneFields.Key(profile.Id);
        var document = new Document
        {
            new StringField(LuceneFields.Id, id, Field.Store.YES),
            new SortedDocValuesField(LuceneFields.Id, new BytesRef(id)),
            new StoredField(LuceneFields.EnterpriseId, LuceneFields.Key(profile.EnterpriseId)),
            new StringField(LuceneFields.DistrictId, LuceneFields.Key(profile.DistrictId), Field.Store.NO),
            new StringField(LuceneFields.Published, profile.IsPublished ? LuceneFields.True : LuceneFields.False, Field.Store.NO),
            new NumericDocValuesField(LuceneFields.NewestAt, profile.NewestAt.UtcTicks),
            new Int64Field(LuceneFields.UpdatedAt, profile.UpdatedAt.UtcTicks, Field.Store.NO),
            new NumericDocValuesField(LuceneFields.AwardRank, profile.AwardRank),
        };
        foreach (var field in ProfileTextFields.All)
        {
            var text = ProfileTextFields.Read(profile, field);
            if (!string.IsNullOrWhiteSpace(text))
            {
                document.Add(new Field(field, text, HighlightableText));
            }
        }
        foreach (var facet in ProfileFacets.All)
        {
            var name = LuceneFields.Facet(facet);
            foreach (var value in facet.Values(profile).Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(name, value, Field.Store.NO));
                document.Add(new SortedSetDocValuesField(name, new BytesRef(value)));
            }
        }
        return document;
    }
}
