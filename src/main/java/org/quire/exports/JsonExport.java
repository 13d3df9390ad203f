package org.quire.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;

/**
 * Writes an export's records as indented JSON (Jackson): field names are the record components,
 * instants ISO-8601. Text is kept exactly as it is; JSON is data, not a spreadsheet.
 */
public final class JsonExport {
    /** The mapper exports are written with (and read back with in tests). */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonExport() {
    }

    public static Path write(Object value, Path out) {
        AtomicOutput.check(out);
        return AtomicOutput.write(out, stream -> MAPPER.writeValue(stream, value));
    }
}
