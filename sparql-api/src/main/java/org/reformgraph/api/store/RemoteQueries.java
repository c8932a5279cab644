package org.reformgraph.api.store;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.reformgraph.api.named.QuerySource;

/**
 * Named queries on the remote store: the query, its parameters already bound in the parsed query, is serialized and
 * sent by POST, with the union of the named graphs made its default graph by the {@link UnionStrategy}. The time
 * limit is kept here, on the client side, because stores spell a server-side timeout differently (Fuseki in seconds,
 * Virtuoso in milliseconds and then with partial answers): at the deadline the request is abandoned and the caller
 * gets {@link QueryCancelledException}, as on the embedded store.
 */
public final class RemoteQueries implements QuerySource {
    private final String url;
    private final HttpClient client;
    private final UnionStrategy union;
    private final StoreProbe probe;
    private final ExecutorService workers;

    public RemoteQueries(String url, HttpClient client, UnionStrategy union, StoreProbe probe, ExecutorService workers) {
        this.url = url;
        this.client = client;
        this.union = union;
        this.probe = probe;
        this.workers = workers;
    }

    /** The query as it is sent: with the union of the store's named graphs as its dataset, if it names none. */
    public Query prepare(Query query) {
        return union == UnionStrategy.DEFAULT ? query : union.apply(query, probe.current().graphs());
    }

    @Override
    public void execute(Query query, Duration timeout, Consumer<QueryExec> work) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Query sent = prepare(query);
        QueryExecHTTP exec = QueryExecHTTP.newBuilder().endpoint(url).httpClient(client)
                .sendMode(QuerySendMode.asPost).query(sent).build();
        Future<?> running = workers.submit(() -> RemoteErrors.translate(url, () -> {
            work.accept(exec);
            return null;
        }));
        try {
            running.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            exec.abort();
            throw new QueryCancelledException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exec.abort();
            throw new QueryCancelledException();
        } catch (CancellationException e) {
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            exec.close();
        }
    }
}
