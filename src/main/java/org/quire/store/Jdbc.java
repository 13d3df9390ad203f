package org.quire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers over JDBC: prepared statements only, resources always closed. */
final class Jdbc {
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;

    Jdbc(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * As {@link #list}, for rows holding long texts or binaries (CLOB, BLOB): H2 hands each row over
     * as it reads it instead of first collecting the whole result, which for every text or binary
     * made a temporary copy in the database's LOB map (written, then removed at the end of the
     * transaction): half the CPU time of reading texts, and writes to the file during a read.
     * The mapper must not run other statements on this connection.
     */
    <T> List<T> listLobs(String sql, RowMapper<T> mapper, Object... params) {
        lazy(true);
        try {
            return list(sql, mapper, params);
        } finally {
            lazy(false);
        }
    }

    <T> Optional<T> oneLob(String sql, RowMapper<T> mapper, Object... params) {
        return first(listLobs(sql, mapper, params));
    }

    private void lazy(boolean on) {
        try (Statement s = connection.createStatement()) {
            s.execute(on ? "SET LAZY_QUERY_EXECUTION TRUE" : "SET LAZY_QUERY_EXECUTION FALSE");
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * A CLOB column's text. H2 keeps a CLOB as UTF-8 and its binary stream is those bytes: decoding
     * them at once costs a third less than {@code getString}, which reads through a buffered reader
     * as large as the text and copies the result twice more.
     */
    static String text(ResultSet rs, int column) throws SQLException {
        try (java.io.InputStream in = rs.getBinaryStream(column)) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot read column " + column + ": " + e.getMessage(), e);
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        return first(list(sql, mapper, params));
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    int update(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Runs an INSERT and returns the generated id. */
    long insert(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException(new SQLException("no generated key for " + sql));
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Runs one statement for each parameter row, in one JDBC batch. */
    void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * A text for a CLOB column, handed to the driver as a stream: H2 then stores it in blocks as it
     * reads, instead of first building a copy of the whole value (a source's text can be hundreds
     * of megabytes).
     */
    record LongText(String value) {
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                ps.setNull(index, Types.NULL);
            } else if (p instanceof Instant instant) {
                ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (p instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else if (p instanceof LongText t) {
                ps.setCharacterStream(index, new java.io.StringReader(t.value()), t.value().length());
            } else {
                ps.setObject(index, p);
            }
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
