package nl.wegwijzer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed-loop load generator: {@code connections} workers, each with its own HTTP/1.1 client (so its
 * own keep-alive connection), send the request again as soon as the answer is in, for a while; every
 * latency is kept. A warm-up before the measured part lets the server's JIT settle.
 */
final class LoadGenerator {
    record Result(int connections, double perSecond, double p50Ms, double p99Ms, long requests, long failed) {
    }

    private LoadGenerator() {
    }

    static Result run(String url, String key, byte[] body, int connections, Duration warmUp, Duration measure) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        try {
            drive(workers, url, key, body, connections, warmUp);
            long begin = System.nanoTime();
            List<long[]> latencies = drive(workers, url, key, body, connections, measure);
            double seconds = (System.nanoTime() - begin) / 1e9;
            long failed = latencies.stream().mapToLong(l -> l[0]).sum();
            long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 2, (int) l[1] + 2)).sorted().toArray();
            return new Result(connections, all.length / seconds, percentile(all, 0.50), percentile(all, 0.99), all.length, failed);
        } finally {
            workers.shutdownNow();
        }
    }

    /** Each worker's array: [failures, count, latency in ns...]. */
    private static List<long[]> drive(ExecutorService workers, String url, String key, byte[] body, int connections, Duration time)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<long[]>> running = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            running.add(workers.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                        .header("X-API-Key", key).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                long[] seen = new long[1 << 20];
                int n = 0;
                long failures = 0;
                while (!stop.get() && n < seen.length - 2) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (answer.statusCode() >= 300) {
                            failures++;
                        } else {
                            seen[2 + n++] = took;
                        }
                    } catch (java.io.IOException broken) {
                        failures++; // the connection failed (a server out of memory, say): counted, and tried again
                        Thread.sleep(10);
                    }
                }
                seen[0] = failures;
                seen[1] = n;
                return seen;
            }));
        }
        Thread.sleep(time.toMillis());
        stop.set(true);
        List<long[]> results = new ArrayList<>();
        for (Future<long[]> worker : running) {
            results.add(worker.get());
        }
        return results;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
    }
}
