using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Cultivation.Search.Lucene;

internal static class LuceneDocumentMapper
{
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
            new NumericDocValuesField(LuceneFields.AwardRank, profile.AwardRank),
        };
        foreach (var field in ProfileTextFields.All)
        {
            var text = ProfileTextFields.Read(profile, field);
            if (!string.IsNullOrWhiteSpace(text))
            {
                document.Add(new TextField(field, text, Field.Store.YES));
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
