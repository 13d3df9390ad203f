package org.quire.cli;

import org.quire.model.QuireException;
import org.quire.model.Span;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Argument converters whose messages say how to write the value. */
final class Converters {
    private Converters() {
    }

    /** {@code start:end}, as {@link Span#parse} reads it. */
    static final class SpanConverter implements ITypeConverter<Span> {
        @Override
        public Span convert(String value) {
            try {
                return Span.parse(value);
            } catch (QuireException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code key=value}, split at the first '='. */
    static final class KeyValueConverter implements ITypeConverter<KeyValue> {
        @Override
        public KeyValue convert(String value) {
            int eq = value.indexOf('=');
            if (eq <= 0) {
                throw new TypeConversionException("'" + value + "' must be written key=value, e.g. \"data type=interview\"");
            }
            return new KeyValue(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
        }
    }
}
