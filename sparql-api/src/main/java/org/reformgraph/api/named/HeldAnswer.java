package org.reformgraph.api.named;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * A query's answer held in memory, detached from the store, so one execution serves every format: each format is
 * written from the held rows (or graph) the first time it is asked for and kept. Writing a held answer costs
 * microseconds to a few milliseconds; running the query again would cost the scan.
 */
public final class HeldAnswer {
    private final List<Var> vars;
    private final List<Binding> rows;
    private final Boolean verdict;
    private final Graph graph;
    private final boolean table;
    private final Map<AnswerFormat, byte[]> written = new EnumMap<>(AnswerFormat.class);
    private long writtenBytes;

    private HeldAnswer(List<Var> vars, List<Binding> rows, Boolean verdict, Graph graph) {
        this.vars = vars;
        this.rows = rows;
        this.verdict = verdict;
        this.graph = graph;
        this.table = graph == null;
        // Written once now: it is the format most callers want, and its size stands for the answer's memory.
        write(defaultFormat());
    }

    /**
     * Runs {@code exec} to the end and holds what it answered. Called inside the source's transaction: the rows are
     * detached from the store's node table before it ends.
     */
    public static HeldAnswer read(Query query, QueryExec exec) {
        if (query.isSelectType()) {
            RowSet rowSet = exec.select();
            List<Binding> rows = new ArrayList<>();
            rowSet.forEachRemaining(row -> rows.add(row.detach()));
            return new HeldAnswer(List.copyOf(rowSet.getResultVars()), rows, null, null);
        }
        if (query.isAskType()) {
            return new HeldAnswer(List.of(), List.of(), exec.ask(), null);
        }
        return new HeldAnswer(List.of(), List.of(), null, query.isConstructType() ? exec.construct() : exec.describe());
    }

    public boolean isTable() {
        return table;
    }

    /** The answer in {@code format}, written now if it has not been before. */
    public synchronized ResultCache.Answer in(AnswerFormat format) {
        if (format.isTable() != table) {
            throw new IllegalArgumentException("a " + (table ? "result table" : "graph") + " cannot be written as "
                    + format.shortName());
        }
        return new ResultCache.Answer(write(format), format.contentType());
    }

    /** The bytes this answer holds: its default format counted twice, for the rows behind it, plus other formats. */
    public synchronized long weight() {
        return writtenBytes + written.get(defaultFormat()).length;
    }

    private AnswerFormat defaultFormat() {
        return table ? AnswerFormat.JSON : AnswerFormat.TURTLE;
    }

    private byte[] write(AnswerFormat format) {
        byte[] bytes = written.get(format);
        if (bytes == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (graph != null) {
                RDFDataMgr.write(out, graph, format.lang());
            } else if (verdict != null) {
                ResultSetMgr.write(out, verdict, format.lang());
            } else {
                ResultSetMgr.write(out, ResultSet.adapt(RowSetStream.create(vars, rows.iterator())), format.lang());
            }
            bytes = out.toByteArray();
            written.put(format, bytes);
            writtenBytes += bytes.length;
        }
        return bytes;
    }
}
