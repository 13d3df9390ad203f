package org.quire.service.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.quire.imports.ImportLimits;
import org.quire.imports.ImportedText;
import org.quire.imports.Table;
import org.quire.imports.TableReader;
import org.quire.imports.TextBuilder;
import org.quire.model.AttributeScope;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.Coder;
import org.quire.model.FolderPath;
import org.quire.model.Node;
import org.quire.model.NodePath;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Validation;
import org.quire.model.Words;
import org.quire.service.nodes.NodeService;
import org.quire.service.nodes.Palette;
import org.quire.service.search.SearchIndex;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.SourceStore;
import org.quire.store.Tx;

/**
 * Spreadsheet and CSV imports: survey answers (one source per respondent, each answer coded at a
 * node per question, a case per respondent carrying the attribute columns) and attribute sheets
 * (values for existing sources or cases, matched by name). Each import is one transaction: a
 * problem in any row leaves the project unchanged and names the row.
 */
public final class TableImportService {
    /**
     * How survey columns are used.
     *
     * @param idColumn         the respondent id column, or null to number respondents
     * @param textColumns      open-ended questions: their answers become text
     * @param attributeColumns respondent attributes: they become case attributes
     * @param folder           the project folder for the respondents' sources; null: the file's name
     */
    public record SurveyMapping(String idColumn, List<String> textColumns, List<String> attributeColumns,
                                String folder) {
        public SurveyMapping {
            textColumns = List.copyOf(textColumns);
            attributeColumns = List.copyOf(attributeColumns);
        }
    }

    /** What a survey import created. */
    public record SurveyResult(List<Source> sources, int cases, int codings, Node questionsNode) {
    }

    private final Database db;
    private final Coder coder;
    private final AttributeService attributes;
    private final SearchIndex index;

    public TableImportService(Database db, Coder coder, AttributeService attributes, SearchIndex index) {
        this.db = db;
        this.coder = coder;
        this.attributes = attributes;
        this.index = index;
    }

    /** The columns of a file, so a front end can let the user map them before importing. */
    public Table preview(Path file) throws IOException {
        return TableReader.read(file, ImportLimits.DEFAULT);
    }

    public SurveyResult importSurvey(Path file, SurveyMapping mapping) throws IOException {
        Table table = TableReader.read(file, ImportLimits.DEFAULT);
        if (mapping.textColumns().isEmpty()) {
            throw new QuireException(file.getFileName() + ": choose at least one text column");
        }
        int id = mapping.idColumn() == null ? -1 : column(file, table, mapping.idColumn());
        List<Integer> text = mapping.textColumns().stream().map(c -> column(file, table, c)).toList();
        List<Integer> attrs = mapping.attributeColumns().stream().map(c -> column(file, table, c)).toList();
        String checksum = SourceService.sha256(file);
        if (!db.read(tx -> tx.sources().byChecksum(checksum)).isEmpty()) {
            throw new QuireException(file.getFileName() + ": this survey file has already been imported");
        }
        String surveyName = SourceService.stripExtension(file.getFileName().toString());
        String folder = mapping.folder() == null ? surveyName : FolderPath.normalize(mapping.folder());
        String ext = SourceService.extension(file);
        String originalName = UUID.randomUUID() + (ext.isEmpty() ? "" : "." + ext);
        Path original = db.layout().originals().resolve(originalName);
        Files.createDirectories(original.getParent());
        Files.copy(file, original, StandardCopyOption.COPY_ATTRIBUTES);
        List<SearchIndex.Added> added = new ArrayList<>();
        long[] generation = {-1};
        SurveyResult result;
        try {
            result = db.write(coder, tx -> {
                SurveyResult r = store(tx, file, table, id, text, attrs, checksum, surveyName, folder, originalName,
                        added);
                generation[0] = SearchIndex.bumpGeneration(tx);
                return r;
            });
        } catch (RuntimeException e) {
            SourceService.deleteQuietly(original);
            throw e;
        }
        index.added(added, generation[0]);
        return result;
    }

    private SurveyResult store(Tx tx, Path file, Table table, int id, List<Integer> text, List<Integer> attrs,
                               String checksum, String surveyName, String folder, String originalName,
                               List<SearchIndex.Added> added) {
        Node parent = nodeAt(tx, null, Validation.name("Node", surveyName), "Answers to the survey " + surveyName);
        List<Node> questions = new ArrayList<>();
        for (int c : text) {
            questions.add(nodeAt(tx, parent, Validation.name("Node", table.headers().get(c)),
                    "Answers to the question '" + table.headers().get(c) + "'"));
        }
        List<Source> sources = new ArrayList<>();
        int codings = 0;
        int cases = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String respondent = id < 0 || row.get(id).isBlank() ? "Respondent " + (r + 1) : row.get(id).strip();
            String where = file.getFileName() + ", row " + (r + 2) + ": ";
            TextBuilder builder = new TextBuilder(Integer.MAX_VALUE);
            List<Integer> answered = new ArrayList<>();
            for (int q = 0; q < text.size(); q++) {
                String answer = row.get(text.get(q));
                if (!answer.isBlank()) {
                    builder.paragraph(table.headers().get(text.get(q)));
                    builder.paragraph(answer);
                    answered.add(q);
                }
            }
            if (answered.isEmpty()) {
                continue;
            }
            ImportedText doc = builder.build(null, "survey", null);
            String name = SourceService.uniqueName(tx, folder, Validation.name("Source", respondent));
            Source source = tx.sources().insert(new SourceStore.NewSource(Guids.next(), name, folder,
                    "survey", null, checksum, originalName, coder.id(), tx.now(), null, doc.text(), Words.starts(doc.text()),
                    doc.paragraphs(), List.of(), file.getFileName().toString()));
            sources.add(source);
            added.add(new SearchIndex.Added(source.id(), doc.text(), doc.paragraphs()));
            tx.audit().record("source.import", "source", source.guid(), "Imported respondent '" + name + "' from survey '"
                    + file.getFileName() + "'", null, source);
            for (int k = 0; k < answered.size(); k++) {
                Span answer = doc.paragraphs().get(2 * k + 1);
                Node question = questions.get(answered.get(k));
                var coding = tx.codings().insert(Guids.next(), source.id(), question.id(), answer,
                        coder.id(), tx.now());
                tx.audit().record("coding.add", "coding", coding.guid(), "Coded the answer of '" + name + "' at '"
                        + tx.nodes().path(question.id()) + "'", null, coding, question.guid(), source.guid());
                codings++;
            }
            if (!attrs.isEmpty() || id >= 0) {
                CaseRecord c = tx.cases().byName(respondent).orElse(null);
                if (c == null) {
                    c = tx.cases().insert(Guids.next(), Validation.name("Case", respondent), "", tx.now());
                    tx.audit().record("case.create", "case", c.guid(), "Created case '" + respondent + "'", null, c);
                    cases++;
                }
                tx.cases().link(new CaseLink(c.id(), source.id(), null));
                for (int a : attrs) {
                    try {
                        attributes.setCaseValue(tx, c, table.headers().get(a), row.get(a));
                    } catch (QuireException e) {
                        throw new QuireException(where + e.getMessage(), e);
                    }
                }
            }
        }
        if (sources.isEmpty()) {
            throw new QuireException(file.getFileName() + ": no row has an answer in the text columns");
        }
        return new SurveyResult(sources, cases, codings, parent);
    }

    private static Node nodeAt(Tx tx, Node parent, String name, String description) {
        return tx.nodes().child(parent == null ? null : parent.id(), name).orElseGet(() -> {
            Node n = tx.nodes().insert(Guids.next(), parent == null ? null : parent.id(), name,
                    description, Palette.colorFor(tx.nodes().count()), tx.now());
            tx.audit().record("node.create", "node", n.guid(), "Created node '" + NodePath.escape(name) + "'", null, n);
            return n;
        });
    }

    /**
     * Sets attribute values from a sheet whose first column names sources (or cases) and whose
     * other columns are attributes. Blank cells leave values as they are.
     *
     * @return how many values were set
     */
    public int importAttributeSheet(Path file, AttributeScope scope) throws IOException {
        Table table = TableReader.read(file, ImportLimits.DEFAULT);
        if (table.headers().size() < 2) {
            throw new QuireException(file.getFileName() + ": needs a name column and at least one attribute column");
        }
        return db.write(coder, tx -> {
            int set = 0;
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> row = table.rows().get(r);
                String where = file.getFileName() + ", row " + (r + 2) + ": ";
                String name = row.get(0).strip();
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    if (scope == AttributeScope.SOURCE) {
                        Source s = SourceService.resolve(tx, name);
                        for (int c = 1; c < row.size(); c++) {
                            if (!row.get(c).isBlank()) {
                                attributes.setSourceValue(tx, s, table.headers().get(c), row.get(c));
                                set++;
                            }
                        }
                    } else {
                        CaseRecord cr = tx.cases().byName(name)
                                .orElseThrow(() -> new QuireException("No case named '" + name + "' in this project"));
                        for (int c = 1; c < row.size(); c++) {
                            if (!row.get(c).isBlank()) {
                                attributes.setCaseValue(tx, cr, table.headers().get(c), row.get(c));
                                set++;
                            }
                        }
                    }
                } catch (QuireException e) {
                    throw new QuireException(where + e.getMessage(), e);
                }
            }
            return set;
        });
    }

    private static int column(Path file, Table table, String header) {
        int c = table.column(header);
        if (c < 0) {
            throw new QuireException(file.getFileName() + " has no column '" + header + "' (its columns: "
                    + String.join(", ", table.headers()) + ")");
        }
        return c;
    }
}
