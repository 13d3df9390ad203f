package org.quire.index;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The one place that says what the full-text index holds. The index is derived data: bump
 * {@link #VERSION} whenever a field, an analyzer or the chunking changes, and every project rebuilds
 * its index from the database the next time it opens.
 *
 * <p>One Lucene document is one passage: a paragraph, or a piece of a long paragraph cut at a
 * sentence boundary. Every hit's offsets are relative to the passage and become source offsets by
 * adding {@link #START}.
 */
public final class IndexSchema {
    /**
     * Bumped on any change below; a mismatch with an index's commit data rebuilds it. 3: the
     * source, paragraph and start of a passage are no longer stored (they are read from doc values;
     * nothing read the stored copies, which cost every passage indexed a stored-fields entry).
     */
    public static final int VERSION = 3;

    /** Paragraphs longer than this (UTF-16 units) are split at the last sentence end before it. */
    public static final int MAX_CHUNK = 2_000;

    /**
     * The source's database id. A point (for the "only these sources" filter), doc values (to read
     * the id of every document cheaply when checking the index against the database) and stored.
     */
    public static final String SOURCE = "source";

    /**
     * 0-based paragraph ordinal in the source. Never searched: a doc value, read for every hit when
     * counting and ordering them (cheaper than decompressing stored fields), and stored.
     */
    public static final String PARAGRAPH = "paragraph";

    /**
     * Offset of the passage's first character in the source text: hit offsets plus this are source
     * offsets. A doc value (read for every hit) and stored, never searched.
     */
    public static final String START = "start";

    /**
     * The passage text through the language's stemming analyzer (volunteers → volunt), the default
     * for searching. Positions for phrases and proximity, offsets for exact hit ranges; not stored
     * (see {@link #PASSAGE}).
     */
    public static final String STEMMED = "stemmed";

    /**
     * The same text only tokenized and lower-cased: exact-word search, and the field wildcards and
     * fuzzy terms run against (a prefix of a stem matches too little). Positions and offsets as for
     * {@link #STEMMED}; not stored.
     */
    public static final String EXACT = "exact";

    /**
     * The passage text as UTF-8 binary doc values, so that a keyword-in-context row is cut from the
     * index without reading the source from the database. Doc values rather than a stored field:
     * they are not compressed, so reading the passages of the hundred rows shown costs a lookup
     * each, where stored fields decompress a block of neighbouring passages for every one (half
     * of a search's time at size M).
     */
    public static final String PASSAGE = "passage";

    /** Commit user data: the schema version the index was built with. */
    public static final String DATA_VERSION = "quire.index.version";
    /** Commit user data: the analysis language the index was built with. */
    public static final String DATA_LANGUAGE = "quire.index.language";
    /** Commit user data: the project's source generation the index reflects (see the service). */
    public static final String DATA_GENERATION = "quire.index.generation";

    static final FieldType TEXT = textType();

    private static final Map<String, String> LANGUAGES = Map.of("en", "English", "de", "German", "fr", "French",
            "es", "Spanish", "nl", "Dutch", "it", "Italian", "pt", "Portuguese");

    private IndexSchema() {
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The language code (ISO 639-1) normalised; languages without a stemmer index unstemmed. */
    public static String language(String code) {
        String c = code == null ? "en" : code.strip().toLowerCase(Locale.ROOT);
        return c.isEmpty() ? "en" : c;
    }

    /** The languages with a stemmer, code → English name, in a stable order (English first). */
    public static Map<String, String> stemmedLanguages() {
        Map<String, String> ordered = new java.util.LinkedHashMap<>();
        for (String code : List.of("en", "de", "fr", "es", "it", "nl", "pt")) {
            ordered.put(code, LANGUAGES.get(code));
        }
        return java.util.Collections.unmodifiableMap(ordered);
    }

    /** The name of the stemmer used for a language, or "none". */
    public static String stemmerName(String language) {
        return LANGUAGES.getOrDefault(language(language), "none");
    }

    /** The stemming analyzer of a language; unknown languages get tokenizing and lower-casing only. */
    public static Analyzer stemming(String language) {
        return switch (language(language)) {
            case "en" -> new EnglishAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "nl" -> new DutchAnalyzer();
            case "it" -> new ItalianAnalyzer();
            case "pt" -> new PortugueseAnalyzer();
            default -> new StandardAnalyzer(CharArraySet.EMPTY_SET);
        };
    }

    /** Tokenizes and lower-cases; no stop words, no stemming. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream lower = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, lower);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** The analyzer for indexing and parsing: stemmed text field by default, exact on the exact field. */
    static Analyzer perField(String language) {
        return new PerFieldAnalyzerWrapper(stemming(language), Map.of(EXACT, exact()));
    }

    /**
     * English stop words for word frequency lists: Lucene's short list (a, and, the, …) and the
     * Snowball project's fuller one (pronouns, auxiliaries: she, had, about, …), which is what
     * researchers expect a frequency list to leave out.
     */
    public static java.util.Set<String> englishStopWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Object o : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            out.add(new String((char[]) o));
        }
        try (java.io.InputStream in = org.apache.lucene.analysis.snowball.SnowballFilter.class
                .getResourceAsStream("english_stop.txt");
             java.io.Reader list = org.apache.lucene.util.IOUtils.getDecodingReader(
                     java.util.Objects.requireNonNull(in, "english_stop.txt"), java.nio.charset.StandardCharsets.UTF_8)) {
            for (Object o : org.apache.lucene.analysis.WordlistLoader.getSnowballWordSet(list)) {
                out.add(new String((char[]) o));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Lucene's Snowball stop list is missing from the class path", e);
        }
        return out;
    }
}
