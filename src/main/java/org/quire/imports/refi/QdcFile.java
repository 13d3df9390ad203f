package org.quire.imports.refi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quire.imports.ImportException;
import org.w3c.dom.Document;

/** Reads a REFI-QDA code book ({@code .qdc}): one XML file, validated and read leniently. */
public final class QdcFile {
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private QdcFile() {
    }

    /**
     * @throws ImportException naming the file and the reason when it is not a readable code book
     */
    public static Qde.CodeBook read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, "no such file");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new ImportException(file, "the file is empty");
        }
        if (size > MAX_BYTES) {
            throw new ImportException(file, "a code book of " + (size >> 20) + " MB is far larger than any real one — refused");
        }
        Document doc;
        try {
            doc = RefiXml.parse(Files.readAllBytes(file));
        } catch (RefiXml.BadXmlException e) {
            throw new ImportException(file, e.getMessage(), e);
        }
        String root = RefiXml.localName(doc.getDocumentElement());
        if (!"CodeBook".equals(root)) {
            throw new ImportException(file, "not a REFI-QDA code book: the XML's root element is <" + root
                    + ">, not <CodeBook>");
        }
        List<String> warnings = new ArrayList<>();
        String ns = RefiXml.normalizeNamespace(doc, RefiXml.CODEBOOK_NS);
        if (ns != null) {
            warnings.add(ns);
        }
        QdeParser parser = new QdeParser();
        try {
            parser.checkDepth(doc.getDocumentElement());
        } catch (QdeParser.TooDeepException e) {
            throw new ImportException(file, e.getMessage(), e);
        }
        for (String error : RefiXml.validateCodeBook(doc)) {
            warnings.add("schema: " + error);
        }
        Qde.CodeBook book = parser.codeBook(doc.getDocumentElement());
        warnings.addAll(book.warnings());
        return new Qde.CodeBook(book.origin(), book.codes(), book.sets(), List.copyOf(warnings));
    }
}
