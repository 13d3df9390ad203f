package org.quire.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic syntax with AND as the default operator (a researcher typing two words means
 * both) and wildcard, prefix and fuzzy terms run on the unstemmed field: "volunt*" should find
 * voluntary and volunteers, which the stems (voluntari, volunt) would only partly match.
 */
final class QuireQueryParser extends QueryParser {
    QuireQueryParser(String field, Analyzer analyzer) {
        super(field, analyzer);
        setDefaultOperator(QueryParser.AND_OPERATOR);
        setAllowLeadingWildcard(true);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(exactFor(field), termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(exactFor(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(exactFor(field), termStr, minSimilarity);
    }

    private static String exactFor(String field) {
        return IndexSchema.STEMMED.equals(field) ? IndexSchema.EXACT : field;
    }
}
